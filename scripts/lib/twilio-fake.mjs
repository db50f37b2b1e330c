// A local stand-in for Twilio's Messages API (2010-04-01), for `npm start` and `npm test`.
// The real `twilio` client talks to it (its base URL is TWILIO_API_BASE_URL; see
// workflows/src/channels/whatsapp.channel.ts). Loopback only; everything is kept in memory.
//
// Twilio's endpoints (HTTP basic auth: account sid + auth token, as Twilio checks them):
//   POST /2010-04-01/Accounts/:sid/Messages.json      form-encoded To, From, Body, StatusCallback…
//        201 with a Message (sid SM…, status "queued"); 400 with Twilio's error JSON for a bad
//        request, e.g. {"code":21211,"message":"The 'To' number … is not a valid phone number.",…}
//   GET  /2010-04-01/Accounts/:sid/Messages.json      a page of messages, newest first (?To= filters)
//   GET  /2010-04-01/Accounts/:sid/Messages/:sid.json one message
//
// Control endpoints for tests (JSON, no auth). Everything is keyed by destination number so
// test files running in parallel never see or disturb each other's messages and faults;
// `to` may be written +E164 or whatsapp:+E164, both mean the same number:
//   GET  /__fake/health                    {"ok":true}
//   GET  /__fake/messages?to=+E164         {"messages":[{message, params}]} oldest first: the Message
//                                          as Twilio returned it and the form fields as received
//   POST /__fake/rules {to, status?, code?, message?, body?, times?, delayMs?}
//        the next `times` (default 1) creates for `to` wait `delayMs` (default 0), then answer
//        `status` with Twilio's error JSON {code, message} (`body`: this raw text instead, e.g. to
//        send something unparseable); without `status` or `body` the message is accepted (kept,
//        listed) at once and only the answer is delayed: a provider that takes it, then answers
//        after the client gave up.
//   POST /__fake/reset {to}                forgets that number's messages and rules (`to` is required)
//   POST /__fake/counts {numbers:[+E164…]} {"counts":{"+E164":n}}: how many messages each number got
//                                          (a campaign test checks thousands of numbers in one call)
//   POST /__fake/latency {ms}              every create, to any number, waits `ms` (0…120000) before it
//                                          answers, from now on (0 turns it off): a provider's latency
//                                          for load tests (bench/); answers {"ok":true,"ms":…}
//   GET  /__fake/stats[?since=<epoch ms>]  {"creates":n,"firstCreateAt":ms|null,"lastCreateAt":ms|null,
//                                          "createsSince":n,"inFlight":n,"maxInFlight":n}: create requests
//                                          received (accepted or not), timed when each arrived (Date.now(),
//                                          before any delay); how many arrived at or after `since` (e.g. after
//                                          a pause's answer); how many are being answered now, and at most
//                                          at once since the start or the last POST /__fake/stats/reset
//   POST /__fake/stats/reset {}            maxInFlight starts again from inFlight (the counts stay)
//   POST /__fake/outage {status?, code?, message?, body?, delayMs?}
//                                          an outage of the whole API: from now on every create, to any
//                                          number, is answered like a rule would (after per-number rules;
//                                          and before any message is kept) until POST /__fake/outage {}
//                                          ends it; answers {"ok":true,"outage":{…}|null}
//
// Run on its own: node scripts/lib/twilio-fake.mjs --port 5240 [--account-sid AC…] [--auth-token …]
import { Buffer } from 'node:buffer';
import crypto from 'node:crypto';
import http from 'node:http';
import { pathToFileURL, URLSearchParams } from 'node:url';

export const FAKE_ACCOUNT_SID = 'AC0000000000000000000000000000fake';
export const FAKE_AUTH_TOKEN = 'local-twilio-fake-auth-token';

const E164 = /^\+[1-9]\d{7,14}$/;
const MAX_MESSAGES_PER_NUMBER = 1000;
const API = '/2010-04-01/Accounts/';

const numberOf = (address) => String(address ?? '').replace(/^whatsapp:/i, '');
const twilioDate = (date) => date.toUTCString().replace('GMT', '+0000');

function send(res, status, payload, contentType = 'application/json') {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function twilioError(res, status, code, message) {
  send(res, status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** What Twilio would refuse in a create request: [code, message], or null. */
function validate(params) {
  const to = params.To;
  const from = params.From;
  if (!to) return [21604, "A 'To' phone number is required."];
  if (!from && !params.MessagingServiceSid) return [21603, "A 'From' phone number is required."];
  if (!params.Body && !params.MediaUrl && !params.ContentSid) return [21602, 'Message body is required.'];
  if (!E164.test(numberOf(to))) return [21211, `The 'To' number ${to} is not a valid phone number.`];
  if (from && /^whatsapp:/i.test(from) !== /^whatsapp:/i.test(to)) {
    return [21910, 'Invalid From and To pair. From and To should be of the same channel'];
  }
  if ((params.Body ?? '').length > 1600) return [21617, 'The concatenated message body exceeds the 1600 character limit.'];
  return null;
}

/** Why a fault (a rule or an outage) cannot be used, or null. */
function invalidFault({ status, delayMs = 0 }) {
  if (status !== undefined && !(Number.isInteger(status) && status >= 100 && status < 600)) return 'status must be an HTTP status';
  if (!(Number.isInteger(delayMs) && delayMs >= 0 && delayMs <= 120_000)) return 'delayMs must be between 0 and 120000';
  return null;
}

/** Returns an http.Server (not yet listening) that fakes Twilio's Messages API for one account. */
export function createTwilioFake({ accountSid = FAKE_ACCOUNT_SID, authToken = FAKE_AUTH_TOKEN } = {}) {
  /** number → [{ message, params }] */
  const messages = new Map();
  /** number → [{ status, code, message, body, times, delayMs }] */
  const rules = new Map();
  /** Arrival time (epoch ms) of every create request, in order. */
  const createTimes = [];
  /** Added to every create (POST /__fake/latency). */
  let latencyMs = 0;
  /** A fault every create gets (POST /__fake/outage), or null. */
  let outage = null;
  let inFlight = 0;
  let maxInFlight = 0;
  const expectedAuth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;

  const messageUri = (sid) => `${API}${accountSid}/Messages/${sid}.json`;
  const allMessages = () => [...messages.values()].flat().map((entry) => entry.message);

  function takeRule(number) {
    const list = rules.get(number);
    const rule = list?.[0];
    if (!rule) return null;
    rule.times -= 1;
    if (rule.times <= 0) list.shift();
    if (!list.length) rules.delete(number);
    return rule;
  }

  async function createMessage(req, res) {
    createTimes.push(Date.now());
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.once('close', () => (inFlight -= 1));
    const params = Object.fromEntries(new URLSearchParams(await readBody(req)));
    const number = numberOf(params.To);
    const rule = takeRule(number) ?? outage;
    const fault = rule && (rule.status !== undefined || rule.body !== undefined);
    if (latencyMs) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    if (fault && rule.delayMs) await new Promise((resolve) => setTimeout(resolve, rule.delayMs));
    if (rule?.body !== undefined) return send(res, rule.status ?? 200, rule.body, 'text/html');
    if (rule?.status)
      return twilioError(
        res,
        rule.status,
        rule.code ?? (rule.status === 429 ? 20429 : 20500),
        rule.message ?? `Fault injected by the fake (HTTP ${rule.status})`,
      );
    const invalid = validate(params);
    if (invalid) return twilioError(res, 400, ...invalid);

    const sid = `SM${crypto.randomBytes(16).toString('hex')}`;
    const now = twilioDate(new Date());
    const message = {
      account_sid: accountSid,
      api_version: '2010-04-01',
      body: params.Body ?? '',
      date_created: now,
      date_sent: null,
      date_updated: now,
      direction: 'outbound-api',
      error_code: null,
      error_message: null,
      from: params.From ?? null,
      messaging_service_sid: params.MessagingServiceSid ?? null,
      num_media: params.MediaUrl ? '1' : '0',
      num_segments: String(Math.max(1, Math.ceil((params.Body ?? '').length / 153))),
      price: null,
      price_unit: 'USD',
      sid,
      status: 'queued',
      subresource_uris: { media: `${API}${accountSid}/Messages/${sid}/Media.json` },
      to: params.To,
      uri: messageUri(sid),
    };
    const list = messages.get(number) ?? [];
    list.push({ message, params });
    if (list.length > MAX_MESSAGES_PER_NUMBER) list.shift();
    messages.set(number, list);
    // Accepted; a delay-only rule makes the answer late (after the client's timeout).
    if (!fault && rule?.delayMs) await new Promise((resolve) => setTimeout(resolve, rule.delayMs));
    if (!res.destroyed) send(res, 201, message);
  }

  function listMessages(url, res) {
    const to = url.searchParams.get('To');
    const pageSize = Math.min(Number(url.searchParams.get('PageSize')) || 50, 1000);
    const found = (to ? (messages.get(numberOf(to)) ?? []).map((entry) => entry.message) : allMessages()).slice().reverse().slice(0, pageSize);
    const uri = `${url.pathname}${url.search}`;
    send(res, 200, {
      messages: found,
      end: Math.max(found.length - 1, 0),
      first_page_uri: uri,
      next_page_uri: null,
      page: 0,
      page_size: pageSize,
      previous_page_uri: null,
      start: 0,
      uri,
    });
  }

  async function control(req, res, url) {
    if (req.method === 'GET' && url.pathname === '/__fake/health') return send(res, 200, { ok: true });
    if (req.method === 'GET' && url.pathname === '/__fake/messages') {
      const to = url.searchParams.get('to');
      if (!to) return send(res, 400, { error: 'to is required: messages are kept per destination number' });
      return send(res, 200, { messages: messages.get(numberOf(to)) ?? [] });
    }
    if (req.method === 'GET' && url.pathname === '/__fake/stats') {
      const since = Number(url.searchParams.get('since') ?? Infinity);
      let createsSince = 0;
      for (let i = createTimes.length - 1; i >= 0 && createTimes[i] >= since; i--) createsSince += 1;
      return send(res, 200, {
        creates: createTimes.length,
        firstCreateAt: createTimes[0] ?? null,
        lastCreateAt: createTimes.at(-1) ?? null,
        createsSince,
        inFlight,
        maxInFlight,
      });
    }
    if (req.method !== 'POST') return send(res, 404, { error: `no control endpoint ${req.method} ${url.pathname}` });
    let input;
    try {
      input = JSON.parse((await readBody(req)) || '{}');
    } catch {
      return send(res, 400, { error: 'the body must be JSON' });
    }
    if (url.pathname === '/__fake/counts') {
      if (!Array.isArray(input.numbers) || input.numbers.length > 100_000) return send(res, 400, { error: 'numbers must be a list of at most 100000' });
      return send(res, 200, { counts: Object.fromEntries(input.numbers.map((n) => [numberOf(n), (messages.get(numberOf(n)) ?? []).length])) });
    }
    if (url.pathname === '/__fake/stats/reset') {
      maxInFlight = inFlight;
      return send(res, 200, { ok: true });
    }
    if (url.pathname === '/__fake/latency') {
      if (!(Number.isInteger(input.ms) && input.ms >= 0 && input.ms <= 120_000)) return send(res, 400, { error: 'ms must be an integer between 0 and 120000' });
      latencyMs = input.ms;
      return send(res, 200, { ok: true, ms: latencyMs });
    }
    if (url.pathname === '/__fake/outage') {
      const invalid = invalidFault(input);
      if (invalid) return send(res, 400, { error: invalid });
      const { status, code, message, body, delayMs = 0 } = input;
      outage = status === undefined && body === undefined && !delayMs ? null : { status, code, message, body, delayMs };
      return send(res, 200, { ok: true, outage });
    }
    if (typeof input.to !== 'string' || !input.to) return send(res, 400, { error: 'to is required' });
    const number = numberOf(input.to);
    if (url.pathname === '/__fake/reset') {
      messages.delete(number);
      rules.delete(number);
      return send(res, 200, { ok: true });
    }
    if (url.pathname === '/__fake/rules') {
      const { status, code, message, body, times = 1, delayMs = 0 } = input;
      const invalid = invalidFault(input) ?? (Number.isInteger(times) && times >= 1 ? null : 'times must be ≥ 1');
      if (invalid) return send(res, 400, { error: invalid });
      const list = rules.get(number) ?? [];
      list.push({ status, code, message, body, times, delayMs });
      rules.set(number, list);
      return send(res, 201, { ok: true });
    }
    return send(res, 404, { error: `no control endpoint POST ${url.pathname}` });
  }

  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/__fake/')) return control(req, res, url);
    const match = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages(?:\/([^/]+))?\.json$/.exec(url.pathname);
    if (!match) return twilioError(res, 404, 20404, `The requested resource ${url.pathname} was not found`);
    if (req.headers.authorization !== expectedAuth) return twilioError(res, 401, 20003, 'Authenticate');
    if (match[1] !== accountSid) return twilioError(res, 404, 20404, `The requested resource ${url.pathname} was not found`);
    if (match[2]) {
      const found = req.method === 'GET' && allMessages().find((message) => message.sid === match[2]);
      return found ? send(res, 200, found) : twilioError(res, 404, 20404, `The requested resource ${url.pathname} was not found`);
    }
    if (req.method === 'POST') return createMessage(req, res);
    if (req.method === 'GET') return listMessages(url, res);
    return twilioError(res, 405, 20004, 'Method not allowed');
  }

  return http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) twilioError(res, 500, 20500, `The fake failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
}

function argument(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(argument('port', process.env.TWILIO_FAKE_PORT ?? 5240));
  const server = createTwilioFake({ accountSid: argument('account-sid', FAKE_ACCOUNT_SID), authToken: argument('auth-token', FAKE_AUTH_TOKEN) });
  server.listen(port, '127.0.0.1', () => console.log(`twilio fake listening on http://127.0.0.1:${port}`));
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
