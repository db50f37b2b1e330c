// The HTTP client the twilio SDK sends through (its `httpClient` option): node's own http/https
// with a keep-alive agent. Twilio's default client goes through axios, which cost about a fifth of
// the worker's CPU in a campaign send (bench/RESULTS.md, campaign profile); this does the same
// requests for a fraction of that.
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';
import Response from 'twilio/lib/http/response';

/** Sockets per host: one for each provider call a campaign chunk has in flight (campaign-batch CONCURRENCY). */
const MAX_SOCKETS = 100;
/**
 * An idle keep-alive socket is closed after this long, before a server with node's default 5 s
 * keep-alive timeout closes it: a request written to a socket the server is closing fails with a
 * reset, which counts as "outcome unknown".
 */
const IDLE_SOCKET_MS = 4_000;

type FormValue = string | number | boolean | Date | null | undefined | FormValue[];

/** application/x-www-form-urlencoded, arrays as repeated keys (what twilio's own client sends, `qs` with arrayFormat "repeat"). */
function formEncode(fields: object): string {
  const parts: string[] = [];
  const add = (key: string, value: FormValue): void => {
    if (value === undefined) return;
    if (Array.isArray(value)) {
      for (const item of value) add(key, item);
      return;
    }
    const text = value === null ? '' : value instanceof Date ? value.toISOString() : String(value);
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text)}`);
  };
  for (const [key, value] of Object.entries(fields)) add(key, value as FormValue);
  return parts.join('&');
}

/** Like axios's timeout error (same code and wording), which provider-errors treats as "outcome unknown". */
function timeoutError(ms: number): Error {
  return Object.assign(new Error(`timeout of ${ms}ms exceeded`), { code: 'ECONNABORTED' });
}

/**
 * Twilio's HTTP client on node's http/https, with a bounded timeout for the whole exchange and,
 * when `baseUrl` is set, every https://*.twilio.com request sent to that base URL instead (the
 * local fake). It returns the status, headers and raw body text; the SDK parses the JSON itself, so
 * an unreadable body still fails there as it did before. Errors are node's own (`code` ECONNREFUSED,
 * ECONNRESET, ...) or the timeout above, which `classifyProviderError` sorts. Redirects are not
 * followed (nothing we call asks for them). Behind an HTTP_PROXY it hands the request to twilio's
 * own client, which knows how to tunnel.
 */
export class TwilioHttpClient extends twilio.RequestClient {
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;

  constructor(
    timeoutMs: number,
    private readonly baseUrl?: string,
  ) {
    super({ timeout: timeoutMs, autoRetry: false });
    const agentOptions = { keepAlive: true, maxSockets: MAX_SOCKETS, maxFreeSockets: MAX_SOCKETS, timeout: IDLE_SOCKET_MS };
    this.httpAgent = new http.Agent(agentOptions);
    const ca = process.env.TWILIO_CA_BUNDLE ? fs.readFileSync(process.env.TWILIO_CA_BUNDLE) : undefined;
    this.httpsAgent = new https.Agent({ ...agentOptions, ...(ca && { ca }) });
  }

  override async request<TData>(opts: RequestClient.RequestOptions<TData>): Promise<Response<TData>> {
    const uri = this.rewrite(opts.uri);
    if (process.env.HTTP_PROXY) return super.request<TData>({ ...opts, uri });

    const url = new URL(uri);
    const query = opts.params ? formEncode(opts.params) : '';
    if (query) url.search = url.search ? `${url.search}&${query}` : query;
    const headers: Record<string, string> = { ...(opts.headers as Record<string, string> | undefined) };
    if (opts.username && opts.password) headers.Authorization = `Basic ${Buffer.from(`${opts.username}:${opts.password}`).toString('base64')}`;
    else if (opts.authStrategy) headers.Authorization = await opts.authStrategy.getAuthString();
    let body: string | undefined;
    if (opts.data && headers['Content-Type'] === 'application/x-www-form-urlencoded') body = formEncode(opts.data);
    else if (opts.data && headers['Content-Type'] === 'application/json') body = JSON.stringify(opts.data);
    if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));

    const secure = url.protocol === 'https:';
    const timeoutMs = opts.timeout || this.defaultTimeout;
    return new Promise<Response<TData>>((resolve, reject) => {
      const request = (secure ? https : http).request(url, { method: opts.method.toUpperCase(), headers, agent: secure ? this.httpsAgent : this.httpAgent });
      let answer: http.IncomingMessage | undefined;
      // Settles once: whichever of answer, error, timeout or close comes first wins.
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(error);
      };
      // One timer for the whole exchange (connect, send, answer), as axios's timeout was.
      const timer = setTimeout(() => {
        fail(timeoutError(timeoutMs));
        request.destroy();
      }, timeoutMs);
      request.on('error', fail);
      // Closed before the whole answer arrived, without an error event on the way.
      request.on('close', () => answer?.complete || fail(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })));
      request.on('response', (response) => {
        answer = response;
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('error', fail);
        response.on('end', () => {
          clearTimeout(timer);
          resolve(new Response<TData>(response.statusCode ?? 0, text as TData, response.headers));
        });
      });
      request.end(body);
    });
  }

  private rewrite(uri: string): string {
    if (!this.baseUrl) return uri;
    const url = new URL(uri);
    if (url.protocol !== 'https:' || !url.hostname.endsWith('.twilio.com')) return uri;
    const base = new URL(this.baseUrl);
    return new URL(`${base.pathname.replace(/\/+$/, '')}${url.pathname}${url.search}`, base.origin).href;
  }
}
