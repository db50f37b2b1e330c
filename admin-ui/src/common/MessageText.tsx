// A message's text as its recipient sees it, for the message page and the template preview.
import { Box } from '@mui/material';

/**
 * Email bodies are HTML written by staff and templates: shown in a sandboxed frame (no scripts, no
 * access to the console), never injected into the page.
 */
export const EmailFrame = ({ html, title, height = 360 }: { html: string; title: string; height?: number }) => (
  <Box
    component="iframe"
    title={title}
    sandbox=""
    srcDoc={html}
    data-testid="email-frame"
    sx={{ width: '100%', height, border: 1, borderColor: 'divider', borderRadius: 2, backgroundColor: '#fff', display: 'block' }}
  />
);

/** SMS and WhatsApp text in a chat bubble, line breaks kept. */
export const TextBubble = ({ text, testId }: { text: string; testId?: string }) => (
  <Box
    data-testid={testId}
    sx={{
      p: 2,
      borderRadius: 3,
      borderTopLeftRadius: 4,
      maxWidth: 560,
      whiteSpace: 'pre-wrap',
      overflowWrap: 'anywhere',
      typography: 'body2',
      backgroundColor: (theme) => (theme.palette.mode === 'light' ? '#f0fdf4' : 'rgba(34,197,94,0.08)'),
      border: '1px solid',
      borderColor: 'divider',
    }}
  >
    {text}
  </Box>
);
