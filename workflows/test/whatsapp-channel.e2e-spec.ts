// The WhatsApp channel with the real twilio client, against the Twilio fake (started by `npm test`).
// Faults are injected per destination number, so parallel test files never disturb each other.
import { randomUUID } from 'node:crypto';
import twilio from 'twilio';
import { ProviderRejection, type OutboundMessage } from '../src/channels/channel';
import { TwilioHttpClient, WhatsAppChannel } from '../src/channels/whatsapp.channel';
import { fakeTwilioMessages, fakeTwilioRule, standIns, uniquePhone } from './support/channel-stand-ins';

const { twilioUrl, config } = standIns();
if (!config.twilio) throw new Error(config.whatsappProblem);
const twilioConfig = config.twilio;

function whatsapp(to: string): OutboundMessage {
  return { communicationId: randomUUID(), hospitalId: randomUUID(), channel: 'WHATSAPP', to, text: `Hello from City General (${randomUUID()})` };
}

function channelWith(timeoutMs = config.timeoutMs, authToken = twilioConfig.authToken) {
  return new WhatsAppChannel({ twilio: { ...twilioConfig, authToken }, statusCallbackUrl: config.twilioStatusCallbackUrl, timeoutMs });
}

describe('WhatsAppChannel (twilio client against the Twilio fake)', () => {
  const channel = channelWith();

  it('sends from and to whatsapp: addresses with the status callback, and the message reads back', async () => {
    const message = whatsapp(uniquePhone());
    const receipt = await channel.send(message);
    expect(receipt.provider).toBe('twilio');
    expect(receipt.providerMessageId).toMatch(/^SM[0-9a-f]{32}$/);

    const [sent, ...others] = await fakeTwilioMessages(twilioUrl, message.to);
    expect(others).toHaveLength(0);
    expect(sent.message).toMatchObject({ sid: receipt.providerMessageId, status: 'queued', to: `whatsapp:${message.to}`, body: message.text });
    expect(sent.params).toMatchObject({
      From: `whatsapp:${twilioConfig.whatsappFrom}`,
      To: `whatsapp:${message.to}`,
      Body: message.text,
      StatusCallback: config.twilioStatusCallbackUrl,
    });
    expect(config.twilioStatusCallbackUrl).toMatch(/\/api\/v1\/crm\/webhooks\/twilio\/status$/);

    // The same client reads it back through Twilio's own fetch and list calls.
    const client = twilio(twilioConfig.accountSid, twilioConfig.authToken, { httpClient: new TwilioHttpClient(5_000, twilioConfig.apiBaseUrl) });
    expect(await client.messages(receipt.providerMessageId).fetch()).toMatchObject({ sid: receipt.providerMessageId, status: 'queued' });
    expect((await client.messages.list({ to: `whatsapp:${message.to}` })).map((m) => m.sid)).toEqual([receipt.providerMessageId]);
  });

  it('refuses for good an invalid number (Twilio 21211)', async () => {
    const sent = channel.send(whatsapp('+1555'));
    await expect(sent).rejects.toBeInstanceOf(ProviderRejection);
    await expect(sent).rejects.toMatchObject({ provider: 'twilio', code: '21211', reason: expect.stringContaining('is not a valid phone number') });
  });

  it('refuses for good an unsubscribed recipient (Twilio 21610)', async () => {
    const to = uniquePhone();
    await fakeTwilioRule(twilioUrl, to, { status: 400, code: 21610, message: 'Attempt to send to unsubscribed recipient' });
    await expect(channel.send(whatsapp(to))).rejects.toMatchObject({ name: 'ProviderRejection', code: '21610' });
  });

  it.each([
    [500, 20500, /HTTP 500/],
    [503, undefined, /HTTP 503/],
    [429, 20429, /HTTP 429/],
  ])('fails transiently on HTTP %s, and the retry goes through', async (status, code, message) => {
    const to = uniquePhone();
    await fakeTwilioRule(twilioUrl, to, { status, code, times: 1 });
    const failed = channel.send(whatsapp(to));
    await expect(failed).rejects.toThrow(message);
    await expect(failed).rejects.not.toBeInstanceOf(ProviderRejection);
    expect(await fakeTwilioMessages(twilioUrl, to)).toHaveLength(0);

    const retried = await channel.send(whatsapp(to));
    expect((await fakeTwilioMessages(twilioUrl, to)).map((m) => m.message.sid)).toEqual([retried.providerMessageId]);
  });

  it('fails transiently when Twilio takes longer than the timeout', async () => {
    const to = uniquePhone();
    await fakeTwilioRule(twilioUrl, to, { delayMs: 1_500 });
    const started = Date.now();
    const sent = channelWith(300).send(whatsapp(to));
    await expect(sent).rejects.toThrow(/^twilio send failed \(no usable answer from the provider; will be retried\).*timeout of 300ms exceeded/);
    await expect(sent).rejects.not.toBeInstanceOf(ProviderRejection);
    expect(Date.now() - started).toBeLessThan(1_400);
  });

  it('fails transiently on an answer it cannot read', async () => {
    const to = uniquePhone();
    await fakeTwilioRule(twilioUrl, to, { status: 200, body: '<html>upstream proxy error</html>' });
    const sent = channel.send(whatsapp(to));
    await expect(sent).rejects.toThrow(/^twilio send failed/);
    await expect(sent).rejects.not.toBeInstanceOf(ProviderRejection);
  });

  it('refuses for good when Twilio does not accept the credentials (20003)', async () => {
    await expect(channelWith(config.timeoutMs, 'wrong-token').send(whatsapp(uniquePhone()))).rejects.toMatchObject({
      name: 'ProviderRejection',
      code: '20003',
    });
  });
});
