// The WhatsApp channel's own HTTP client against a loopback server that misbehaves in the ways the
// Twilio fake cannot (a connection dropped after the request arrived, or mid-answer, or refused):
// whether a message may have gone out decides between "outcome unknown" and a plain retry.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ProviderOutcomeUnknown, ProviderRejection } from './channel';
import { WhatsAppChannel } from './whatsapp.channel';

const ACCOUNT = 'AC0000000000000000000000000000test';
const TOKEN = 'test-token';

type Behaviour = (res: http.ServerResponse) => void;
const behaviours: Record<string, Behaviour> = {
  '+15550000001': (res) => {
    res.writeHead(201, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ sid: 'SM00000000000000000000000000000001', status: 'queued' }));
  },
  // The request arrived; the connection drops before any answer.
  '+15550000002': (res) => res.socket?.destroy(),
  // Half an answer, then the connection drops.
  '+15550000003': (res) => {
    res.writeHead(201, { 'Content-Type': 'application/json', 'Content-Length': '200' });
    res.write('{"sid":"SM0000');
    setTimeout(() => res.socket?.destroy(), 20);
  },
};

describe('TwilioHttpClient (through WhatsAppChannel)', () => {
  const received: Array<{ url?: string; authorization?: string; form: URLSearchParams }> = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      received.push({ url: req.url, authorization: req.headers.authorization, form });
      behaviours[(form.get('To') ?? '').replace('whatsapp:', '')](res);
    });
  });
  let channel: WhatsAppChannel;
  let baseUrl: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    channel = new WhatsAppChannel({
      twilio: { accountSid: ACCOUNT, authToken: TOKEN, whatsappFrom: '+15550009999', apiBaseUrl: baseUrl },
      statusCallbackUrl: 'http://127.0.0.1/status',
      timeoutMs: 2_000,
    });
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const message = (to: string) => ({ communicationId: 'c1', hospitalId: 'h1', channel: 'WHATSAPP' as const, to, text: 'Hi Asha & co, 50% off: see you?' });

  it('posts the form with basic auth to the base URL and reads the sid', async () => {
    await expect(channel.send(message('+15550000001'))).resolves.toEqual({ provider: 'twilio', providerMessageId: 'SM00000000000000000000000000000001' });
    const last = received[received.length - 1];
    expect(last.url).toBe(`/2010-04-01/Accounts/${ACCOUNT}/Messages.json`);
    expect(last.authorization).toBe(`Basic ${Buffer.from(`${ACCOUNT}:${TOKEN}`).toString('base64')}`);
    expect(Object.fromEntries(last.form)).toEqual({
      To: 'whatsapp:+15550000001',
      From: 'whatsapp:+15550009999',
      Body: 'Hi Asha & co, 50% off: see you?',
      StatusCallback: 'http://127.0.0.1/status',
    });
  });

  it.each([
    ['the connection dropped after the request arrived, before any answer', '+15550000002'],
    ['the connection dropped mid-answer', '+15550000003'],
  ])('%s: outcome unknown', async (_what, to) => {
    await expect(channel.send(message(to))).rejects.toBeInstanceOf(ProviderOutcomeUnknown);
  });

  it('a refused connection (nothing was sent) is a plain transient error', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = new WhatsAppChannel({
      twilio: { accountSid: ACCOUNT, authToken: TOKEN, whatsappFrom: '+15550009999', apiBaseUrl: `http://127.0.0.1:${port}` },
      statusCallbackUrl: 'http://127.0.0.1/status',
      timeoutMs: 2_000,
    });
    const sent = refused.send(message('+15550000001'));
    await expect(sent).rejects.toThrow(/provider unreachable.*ECONNREFUSED/);
    await expect(sent).rejects.not.toBeInstanceOf(ProviderOutcomeUnknown);
    await expect(sent).rejects.not.toBeInstanceOf(ProviderRejection);
  });
});
