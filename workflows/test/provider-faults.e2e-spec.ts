import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { bodyCipherFromEnv, queueOutboundCommunication } from '@hospital-crm/db';
import { ProviderRejection } from '../src/channels/channel';
import { createSesClient, createSnsClient } from '../src/channels/aws-clients';
import { EmailChannel } from '../src/channels/email.channel';
import { SmsChannel } from '../src/channels/sms.channel';
import { createChannels } from '../src/channels';
import { campaignWorkflowId, communicationWorkflowId, launchCampaignUpdate, WORKFLOW_TYPES } from '../src/shared';
import { draftCampaign } from './support/campaign-fixtures';
import { startTimeSkipping, type TimeSkippingHarness } from './support/time-skipping';
import { standIns, twilioCounts, twilioMessagesTo, twilioRule, uniqueEmail, uniquePhone } from './support/channel-stand-ins';

// Providers that answer with garbage: the channels call it transient (retried), and a message
// whose provider never gets better ends FAILED with the reason once the retries are spent.
const cipher = bodyCipherFromEnv();

/** A local server that answers every request with `status` and `body` (an AWS endpoint gone bad). */
async function badEndpoint(status: number, body: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    res.writeHead(status, { 'Content-Type': 'text/html' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(() => r())) };
}

describe('SES and SNS answering garbage', () => {
  const { config } = standIns();
  it.each([
    [502, '<html><body><h1>502 Bad Gateway</h1></body></html>'],
    [200, '<html>captive portal</html>'],
  ])('HTTP %i with an HTML body is a transient failure, for email and SMS alike', async (status, body) => {
    const endpoint = await badEndpoint(status, body);
    try {
      const broken = { ...config, aws: { ...config.aws, endpoint: endpoint.url } };
      const email = () =>
        new EmailChannel(createSesClient(broken), config.email).send({
          communicationId: randomUUID(),
          hospitalId: randomUUID(),
          channel: 'EMAIL',
          to: uniqueEmail(),
          subject: 'Hello',
          text: 'Your results are ready',
        });
      const sms = () =>
        new SmsChannel(createSnsClient(broken), config.sms).send({
          communicationId: randomUUID(),
          hospitalId: randomUUID(),
          channel: 'SMS',
          to: uniquePhone(),
          text: 'Your results are ready',
        });
      for (const send of [email, sms]) {
        const sent = send();
        await expect(sent).rejects.toThrow(/send failed \(.*will be retried\)/);
        await expect(sent).rejects.not.toBeInstanceOf(ProviderRejection);
      }
    } finally {
      await endpoint.close();
    }
  });
});

describe('a message whose provider only ever answers garbage (time-skipping)', () => {
  let h: TimeSkippingHarness;
  beforeAll(async () => {
    h = await startTimeSkipping();
  }, 120_000);
  afterAll(() => h.stop());

  it('is retried with backoff, then ends FAILED with the reason; nothing was sent', async () => {
    const hospitalId = (await h.prisma.hospital.create({ data: { name: 'Faults', code: `PF${randomUUID().slice(0, 6).toUpperCase()}`, timezone: 'UTC' } })).id;
    const phone = uniquePhone();
    await twilioRule({ to: phone, status: 200, body: '<html><body>Service Unavailable</body></html>', times: 50 });
    const id = await h.prisma.$transaction((tx) =>
      queueOutboundCommunication(tx, cipher, { hospitalId, channel: 'WHATSAPP', toAddress: phone, body: 'Lab results ready', isMarketing: false }),
    );
    await h.withWorker(async () => {
      const handle = await h.env.client.workflow.start(WORKFLOW_TYPES.communication, {
        taskQueue: h.taskQueue,
        workflowId: communicationWorkflowId(id),
        args: [id, {}],
      });
      const state = await handle.result();
      expect(state).toMatchObject({
        phase: 'failed',
        reason: expect.stringMatching(/^Gave up after repeated provider errors: twilio send failed \(no usable answer/),
      });
      const { events } = await handle.fetchHistory();
      const attempts = (events ?? []).flatMap((e) => (e.activityTaskStartedEventAttributes?.attempt ? [e.activityTaskStartedEventAttributes.attempt] : []));
      // The provider call's retry policy allows 10 attempts.
      expect(Math.max(...attempts)).toBe(10);
    });
    const row = await h.prisma.cRMCommunication.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'FAILED', dispatchStartedAt: null });
    expect(row.failureReason).toMatch(/Gave up after repeated provider errors: twilio send failed/);
    expect(await twilioMessagesTo(phone)).toHaveLength(0);
  });

  it('a provider that takes the message but answers after the timeout: sent once, found by asking the provider', async () => {
    const { config } = standIns();
    const hospitalId = (await h.prisma.hospital.create({ data: { name: 'Late', code: `PL${randomUUID().slice(0, 6).toUpperCase()}`, timezone: 'UTC' } })).id;
    const phone = uniquePhone();
    // The fake keeps the message at once and answers 3 s later; the worker gives up after 500 ms.
    await twilioRule({ to: phone, delayMs: 3_000 });
    const id = await h.prisma.$transaction((tx) =>
      queueOutboundCommunication(tx, cipher, { hospitalId, channel: 'WHATSAPP', toAddress: phone, body: 'Your appointment is confirmed', isMarketing: false }),
    );
    await h.withWorker(
      async () => {
        const handle = await h.env.client.workflow.start(WORKFLOW_TYPES.communication, {
          taskQueue: h.taskQueue,
          workflowId: communicationWorkflowId(id),
          args: [id, {}],
        });
        expect(await handle.result()).toEqual({ phase: 'sent' });
      },
      { channels: createChannels({ ...config, timeoutMs: 500 }) },
    );
    const received = await twilioMessagesTo(phone);
    expect(received).toHaveLength(1);
    const row = await h.prisma.cRMCommunication.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'SENT', provider: 'twilio', providerMessageId: received[0].message.sid, dispatchStartedAt: null, failureReason: null });
  });

  it('a campaign whose provider answers one recipient after the timeout: everyone once, that one SENT by asking the provider', async () => {
    const { config } = standIns();
    const fixture = await draftCampaign(h.prisma, 6);
    const late = fixture.phones[2];
    await twilioRule({ to: late, delayMs: 3_000 });
    await h.withWorker(
      async () => {
        const handle = await h.env.client.workflow.start(WORKFLOW_TYPES.campaign, {
          taskQueue: h.taskQueue,
          workflowId: campaignWorkflowId(fixture.campaignId),
          args: [fixture.campaignId, {}],
        });
        await handle.executeUpdate(launchCampaignUpdate, { args: [{}] });
        expect(await handle.result()).toMatchObject({ status: 'COMPLETED', sent: 6, failed: 0 });
      },
      { channels: createChannels({ ...config, timeoutMs: 500 }) },
    );
    expect(Object.values(await twilioCounts(fixture.phones))).toEqual(Array(6).fill(1));
    const recipients = await h.prisma.cRMCampaignRecipient.findMany({ where: { campaignId: fixture.campaignId } });
    expect(recipients.map((r) => r.status)).toEqual(Array(6).fill('SENT'));
    const comm = await h.prisma.cRMCommunication.findFirstOrThrow({ where: { campaignId: fixture.campaignId, toAddress: late } });
    expect(comm).toMatchObject({ status: 'SENT', providerMessageId: (await twilioMessagesTo(late))[0].message.sid });
    expect(await h.prisma.cRMCampaign.findUniqueOrThrow({ where: { id: fixture.campaignId } })).toMatchObject({ sentCount: 6, failedCount: 0 });
  });
});
