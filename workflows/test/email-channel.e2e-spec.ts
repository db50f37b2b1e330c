// The email channel with the real SES client, against moto (started by `npm test`); sent mail read back from moto.
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { ProviderRejection, type OutboundMessage } from '../src/channels/channel';
import { createSesClient } from '../src/channels/aws-clients';
import { EmailChannel } from '../src/channels/email.channel';
import { sentEmailsTo, standIns, uniqueEmail } from './support/channel-stand-ins';

const { motoUrl, config } = standIns();

/** The top-level headers of a raw RFC 5322 message, unfolded, by lower-case name. */
function headersOf(raw: string): Map<string, string> {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  return new Map(head.split(/\r?\n/).map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
}

function email(overrides: Partial<OutboundMessage> = {}): OutboundMessage {
  return {
    communicationId: randomUUID(),
    hospitalId: randomUUID(),
    channel: 'EMAIL',
    to: uniqueEmail(),
    subject: 'Your appointment at City General',
    text: 'Dear Asha, your appointment is on Monday at 10:00.',
    ...overrides,
  };
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('EmailChannel (SES through moto)', () => {
  const channel = new EmailChannel(createSesClient(config), config.email);

  it('sends text and HTML with one-click unsubscribe headers and the communication id', async () => {
    const message = email({
      html: '<p>Dear Asha, your appointment is on <b>Monday</b> at 10:00.</p>',
      unsubscribeUrl: 'https://crm.citygeneral.example/api/v1/public/unsubscribe/tok-123',
    });
    const receipt = await channel.send(message);
    expect(receipt.provider).toBe('ses');

    const [sent, ...others] = await sentEmailsTo(motoUrl, message.to);
    expect(others).toHaveLength(0);
    expect(sent.id).toBe(receipt.providerMessageId);
    expect(sent.source).toBe(config.email.from);
    const headers = headersOf(sent.raw_data);
    expect(headers.get('to')).toBe(message.to);
    expect(headers.get('from')).toBe(config.email.from);
    expect(headers.get('subject')).toBe(message.subject);
    expect(headers.get('list-unsubscribe')).toBe('<https://crm.citygeneral.example/api/v1/public/unsubscribe/tok-123>');
    expect(headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(headers.get('x-crm-communication-id')).toBe(message.communicationId);
    expect(headers.get('content-type')).toMatch(/^multipart\/alternative; boundary=/);
    expect(sent.raw_data).toMatch(/Content-Type: text\/plain; charset=utf-8[\s\S]*Dear Asha, your appointment is on Monday at 10:00\./);
    expect(sent.raw_data).toMatch(/Content-Type: text\/html; charset=utf-8[\s\S]*<b>Monday<\/b>/);
    // A visible unsubscribe link too, in both parts (quoted-printable decoded).
    const decoded = decodeQuotedPrintable(sent.raw_data);
    expect(decoded).toMatch(/Don't want these emails\? Unsubscribe here:\r?\nhttps:\/\/crm\.citygeneral\.example\/api\/v1\/public\/unsubscribe\/tok-123/);
    expect(decoded).toContain('<a href="https://crm.citygeneral.example/api/v1/public/unsubscribe/tok-123">Unsubscribe</a>');
  });

  it('sends a plain text email without unsubscribe headers when there is no HTML and no unsubscribe URL', async () => {
    const message = email();
    const receipt = await channel.send(message);
    const [sent] = await sentEmailsTo(motoUrl, message.to);
    expect(sent.id).toBe(receipt.providerMessageId);
    const headers = headersOf(sent.raw_data);
    expect(headers.get('content-type')).toMatch(/^text\/plain/);
    expect(headers.has('list-unsubscribe')).toBe(false);
    expect(headers.has('list-unsubscribe-post')).toBe(false);
    expect(headers.get('x-crm-communication-id')).toBe(message.communicationId);
  });

  it('refuses for good when the sender is not verified (MessageRejected)', async () => {
    const unverified = new EmailChannel(createSesClient(config), { from: `Nobody <nobody@${randomUUID()}.example>` });
    const message = email();
    const sent = unverified.send(message);
    await expect(sent).rejects.toBeInstanceOf(ProviderRejection);
    await expect(sent).rejects.toMatchObject({ provider: 'ses', code: 'MessageRejected' });
    expect(await sentEmailsTo(motoUrl, message.to)).toHaveLength(0);
  });

  it('fails transiently when SES cannot be reached', async () => {
    const offline = { ...config, aws: { ...config.aws, endpoint: `http://127.0.0.1:${await closedPort()}` } };
    const sent = new EmailChannel(createSesClient(offline), config.email).send(email());
    await expect(sent).rejects.toThrow(/^ses send failed \(no usable answer from the provider; will be retried\)/);
    await expect(sent).rejects.not.toBeInstanceOf(ProviderRejection);
  });
});

/** Quoted-printable bodies as the reader sees them: soft line breaks joined, =XX bytes decoded. */
function decodeQuotedPrintable(raw: string): string {
  return Buffer.from(
    raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}
