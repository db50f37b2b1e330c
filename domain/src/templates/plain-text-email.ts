import { escapeHtml } from './template-syntax';

/**
 * A message typed as plain text, as the HTML body of an email: escaped (a "<" stays a "<"),
 * blank lines start paragraphs, single line breaks stay line breaks.
 */
export function plainTextToEmailHtml(text: string): string {
  return text
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\r?\n/g, '<br>')}</p>`)
    .join('\n');
}
