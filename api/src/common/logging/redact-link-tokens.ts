// A signed link's token is its only credential: a log reader holding it could answer the survey
// or unsubscribe the patient. Request logs keep the route and lose the token.
const LINK_TOKEN = /(\/crm\/(?:public\/surveys|unsubscribe)\/)[^/?#]+/;

/** pino-http's req serializer: the standard request object with a link's token masked. */
export function redactLinkTokens<T extends { url?: unknown; params?: unknown }>(req: T): T {
  if (typeof req.url !== 'string' || !LINK_TOKEN.test(req.url)) return req;
  req.url = req.url.replace(LINK_TOKEN, '$1[Redacted]');
  // Route params, where a framework logs them, hold the token too.
  req.params = '[Redacted]';
  return req;
}
