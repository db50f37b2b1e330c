// The small pages a recipient sees after following an unsubscribe link. No scripts, no external
// resources: they pass the API's Content-Security-Policy as they are and work in any mail client's browser.

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const CHANNEL_WORDS: Record<string, string> = { EMAIL: 'emails', SMS: 'text messages', WHATSAPP: 'WhatsApp messages' };

export const channelWords = (channel: string) => CHANNEL_WORDS[channel] ?? 'messages';

/** `m•••@patient.example` / `+91••••••3210`: recognisable by its owner, not much use to anyone else. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at > 0) return `${address[0]}•••${address.slice(at)}`;
  return address.length > 7 ? `${address.slice(0, 3)}${'•'.repeat(address.length - 7)}${address.slice(-4)}` : '•••';
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f5f7fa;color:#1f2933;margin:0;padding:48px 16px}
main{max-width:440px;margin:0 auto;background:#fff;border-radius:8px;padding:32px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:1.35rem;margin:0 0 12px}p{line-height:1.5;margin:0 0 16px}
button{font:inherit;background:#1565c0;color:#fff;border:0;border-radius:6px;padding:10px 20px;cursor:pointer}
button:focus{outline:3px solid #90caf9}
</style>
</head>
<body><main>${body}</main></body>
</html>
`;
}

export interface UnsubscribePageFacts {
  hospitalName: string;
  channel: string;
  address: string;
  alreadyUnsubscribed: boolean;
}

/** GET: asks first, so that a link scanner or a prefetch never unsubscribes anyone. */
export function confirmPage(facts: UnsubscribePageFacts): string {
  const what = `${channelWords(facts.channel)} from ${escapeHtml(facts.hospitalName)}`;
  if (facts.alreadyUnsubscribed) {
    return layout('Unsubscribed', `<h1>You are unsubscribed</h1><p>${escapeHtml(maskAddress(facts.address))} no longer receives marketing ${what}.</p>`);
  }
  return layout(
    'Unsubscribe',
    `<h1>Unsubscribe?</h1>
<p>Stop marketing ${what} to ${escapeHtml(maskAddress(facts.address))}. Messages about your own appointments and care still reach you.</p>
<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`,
  );
}

/** POST: done (or it already was). */
export function donePage(facts: UnsubscribePageFacts): string {
  return layout(
    'Unsubscribed',
    `<h1>You are unsubscribed</h1><p>${escapeHtml(maskAddress(facts.address))} will no longer receive marketing ${channelWords(facts.channel)} from ${escapeHtml(
      facts.hospitalName,
    )}.</p>`,
  );
}

export function errorPage(message: string): string {
  return layout('Link not valid', `<h1>This link does not work</h1><p>${escapeHtml(message)}</p>`);
}
