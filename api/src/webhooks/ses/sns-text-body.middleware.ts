import { text } from 'express';

/**
 * SNS posts its JSON with `Content-Type: text/plain; charset=UTF-8`, which the app's JSON parser
 * leaves alone: read it as text here (on the SES webhook only) and let the controller parse it.
 * A body the JSON parser already read is left as it is.
 */
export const snsTextBody = text({ type: () => true, limit: '512kb' });
