import { ProviderRejection } from './channel';
import { DEFAULT_EMAIL_FROM, readChannelConfig } from './channel-config';
import { createChannels } from './index';

const twilioEnv = { TWILIO_ACCOUNT_SID: 'AC0123456789abcdef0123456789abcdef', TWILIO_AUTH_TOKEN: 'secret', TWILIO_WHATSAPP_FROM: '+14155238886' };

describe('readChannelConfig', () => {
  it('has defaults for everything but Twilio', () => {
    const config = readChannelConfig({});
    expect(config).toMatchObject({
      aws: { region: 'us-east-1', endpoint: undefined },
      email: { from: DEFAULT_EMAIL_FROM, configurationSet: undefined },
      sms: { senderId: undefined },
      twilio: null,
      twilioStatusCallbackUrl: 'http://127.0.0.1:3001/api/v1/crm/webhooks/twilio/status',
      timeoutMs: 8000,
    });
    expect(config.whatsappProblem).toBe('WhatsApp is not configured: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_WHATSAPP_FROM');
  });

  it('reads every variable', () => {
    const config = readChannelConfig({
      ...twilioEnv,
      AWS_REGION: 'ap-south-1',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:5239',
      EMAIL_FROM: 'City General <care@citygeneral.example>',
      SES_CONFIGURATION_SET: 'crm-events',
      SMS_SENDER_ID: 'CITYGEN',
      TWILIO_WHATSAPP_FROM: 'whatsapp:+14155238886',
      TWILIO_API_BASE_URL: 'http://127.0.0.1:5240',
      PUBLIC_API_URL: 'https://crm.citygeneral.example/',
      PROVIDER_TIMEOUT_MS: '2500',
    });
    expect(config).toEqual({
      aws: { region: 'ap-south-1', endpoint: 'http://127.0.0.1:5239' },
      email: { from: 'City General <care@citygeneral.example>', configurationSet: 'crm-events' },
      sms: { senderId: 'CITYGEN' },
      twilio: { accountSid: twilioEnv.TWILIO_ACCOUNT_SID, authToken: 'secret', whatsappFrom: '+14155238886', apiBaseUrl: 'http://127.0.0.1:5240' },
      whatsappProblem: undefined,
      twilioStatusCallbackUrl: 'https://crm.citygeneral.example/api/v1/crm/webhooks/twilio/status',
      timeoutMs: 2500,
    });
  });

  it.each([
    [{ TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: '  ' }, 'set TWILIO_AUTH_TOKEN, TWILIO_WHATSAPP_FROM'],
    [{ ...twilioEnv, TWILIO_ACCOUNT_SID: 'SK0123' }, 'TWILIO_ACCOUNT_SID must start with AC'],
    [{ ...twilioEnv, TWILIO_WHATSAPP_FROM: '4155238886' }, 'TWILIO_WHATSAPP_FROM must be an E.164 number'],
  ])('explains a Twilio configuration it cannot use: %p', (env, problem) => {
    const config = readChannelConfig(env);
    expect(config.twilio).toBeNull();
    expect(config.whatsappProblem).toContain(problem);
  });

  it('falls back to the default timeout for a nonsense value', () => {
    expect(readChannelConfig({ PROVIDER_TIMEOUT_MS: 'soon' }).timeoutMs).toBe(8000);
  });
});

describe('createChannels', () => {
  it('refuses WhatsApp for good, with the reason, when Twilio is not configured', async () => {
    const channels = createChannels(readChannelConfig({ TWILIO_ACCOUNT_SID: 'AC1' }));
    const sent = channels.WHATSAPP.send({ communicationId: 'c1', hospitalId: 'h1', channel: 'WHATSAPP', to: '+919876543210', text: 'Hello' });
    await expect(sent).rejects.toBeInstanceOf(ProviderRejection);
    await expect(sent).rejects.toMatchObject({
      provider: 'twilio',
      code: 'NOT_CONFIGURED',
      reason: expect.stringMatching(/^WhatsApp is not configured: set TWILIO_AUTH_TOKEN/),
    });
  });

  it('builds all three channels when everything is configured', () => {
    const channels = createChannels(readChannelConfig(twilioEnv));
    expect(Object.keys(channels).sort()).toEqual(['EMAIL', 'SMS', 'WHATSAPP']);
  });
});
