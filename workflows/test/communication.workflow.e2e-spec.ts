import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { bodyCipherFromEnv, queueOutboundCommunication } from '@hospital-crm/db';
import { cancelCommunicationUpdate, communicationWorkflowId, rescheduleCommunicationUpdate, WORKFLOW_TYPES, type CommunicationState } from '../src/shared';
import { startTimeSkipping, type TimeSkippingHarness } from './support/time-skipping';
import { twilioMessagesTo, twilioRule, uniquePhone } from './support/channel-stand-ins';

// Every send goes through the real twilio client to the local Twilio fake started by `npm test`.
const HOUR = 3_600_000;
const cipher = bodyCipherFromEnv();
let h: TimeSkippingHarness;
let hospitalId: string;

beforeAll(async () => {
  h = await startTimeSkipping();
  hospitalId = (await h.prisma.hospital.create({ data: { name: 'Messages', code: `CM${randomUUID().slice(0, 6).toUpperCase()}`, timezone: 'UTC' } })).id;
}, 120_000);
afterAll(() => h.stop());

interface MessageOptions {
  sendInHours?: number;
  isMarketing?: boolean;
  doNotMarket?: boolean;
}

/** A lead with a phone of its own, a WhatsApp message to it recorded as the API records it, and its workflow started. */
async function message(text: string, { sendInHours, isMarketing = false, doNotMarket = false }: MessageOptions = {}) {
  const phone = uniquePhone();
  const lead = await h.prisma.cRMLead.create({
    data: { hospitalId, leadNumber: `LD-CM-${randomUUID().slice(0, 8)}`, firstName: 'Asha', lastName: 'Rao', phone, source: 'WEBSITE', doNotMarket },
  });
  const now = new Date(await h.now());
  const sendAt = sendInHours ? new Date(now.getTime() + sendInHours * HOUR) : undefined;
  const id = await h.prisma.$transaction((tx) =>
    queueOutboundCommunication(
      tx,
      cipher,
      { hospitalId, leadId: lead.id, channel: 'WHATSAPP', toAddress: phone, body: text, isMarketing, scheduledFor: sendAt },
      now,
    ),
  );
  const handle = await h.env.client.workflow.start(WORKFLOW_TYPES.communication, {
    taskQueue: h.taskQueue,
    workflowId: communicationWorkflowId(id),
    args: [id, sendAt ? { sendAt: sendAt.toISOString() } : {}],
  });
  return { id, phone, lead, handle };
}

const row = (id: string) => h.prisma.cRMCommunication.findUniqueOrThrow({ where: { id } });

/** The attempt number of every activity the workflow started, from its history. */
async function activityAttempts(handle: WorkflowHandle): Promise<number[]> {
  const { events } = await handle.fetchHistory();
  return (events ?? []).flatMap((e) => (e.activityTaskStartedEventAttributes?.attempt ? [e.activityTaskStartedEventAttributes.attempt] : []));
}

describe('communication workflow (time-skipping, real twilio client against the local fake)', () => {
  it('sends now: one provider message, the row SENT with the provider id, the body sealed at rest, the send on the lead timeline', async () => {
    await h.withWorker(async () => {
      const { id, phone, lead, handle } = await message('Your lab reports are ready.');
      expect(await handle.result()).toEqual({ phase: 'sent' });
      const sent = await twilioMessagesTo(phone);
      expect(sent).toHaveLength(1);
      expect(sent[0].message.body).toBe('Your lab reports are ready.');
      expect(sent[0].params.To).toBe(`whatsapp:${phone}`);
      const stored = await row(id);
      expect(stored).toMatchObject({ status: 'SENT', provider: 'twilio', providerMessageId: sent[0].message.sid, dispatchStartedAt: null });
      expect(stored.body).not.toContain('lab reports');
      expect(cipher.decrypt(stored.body, stored.bodyKeyId)).toBe('Your lab reports are ready.');
      const activity = await h.prisma.cRMActivity.findFirst({ where: { leadId: lead.id, activityType: 'COMMUNICATION_SENT' } });
      expect(activity?.title).toBe('WhatsApp sent');
      expect((await h.prisma.cRMLead.findUniqueOrThrow({ where: { id: lead.id } })).lastContactedAt).not.toBeNull();
    });
  });

  it('sends a scheduled message at its time and not before', async () => {
    await h.withWorker(async () => {
      const { id, phone, handle } = await message('Reminder: fasting from midnight', { sendInHours: 3 });
      await h.env.sleep('2 hours');
      expect((await row(id)).status).toBe('SCHEDULED');
      expect(await twilioMessagesTo(phone)).toHaveLength(0);
      await h.env.sleep('2 hours');
      expect(await handle.result()).toEqual({ phase: 'sent' });
      expect(await twilioMessagesTo(phone)).toHaveLength(1);
    });
  });

  it('cancels a scheduled message before it goes out, and refuses to change it afterwards', async () => {
    await h.withWorker(async () => {
      const { id, phone, handle } = await message('Offer ends soon', { sendInHours: 5 });
      await h.env.sleep('1 hour');
      const state: CommunicationState = await handle.executeUpdate(cancelCommunicationUpdate);
      expect(state).toEqual({ phase: 'cancelled' });
      expect(await handle.result()).toEqual({ phase: 'cancelled' });
      await h.env.sleep('6 hours');
      expect(await twilioMessagesTo(phone)).toHaveLength(0);
      expect((await row(id)).status).toBe('CANCELLED');
      expect((await row(id)).cancelledAt).not.toBeNull();
    });
  });

  it('moves a scheduled message later: nothing at the old time, sent at the new one', async () => {
    await h.withWorker(async () => {
      const { id, phone, handle } = await message('Your follow-up visit', { sendInHours: 2 });
      const later = new Date((await h.now()) + 10 * HOUR).toISOString();
      expect(await handle.executeUpdate(rescheduleCommunicationUpdate, { args: [later] })).toEqual({ phase: 'waiting', sendAt: later });
      expect((await row(id)).scheduledFor?.toISOString()).toBe(later);
      await h.env.sleep('3 hours');
      expect(await twilioMessagesTo(phone)).toHaveLength(0);
      await h.env.sleep('8 hours');
      expect(await handle.result()).toEqual({ phase: 'sent' });
      expect(await twilioMessagesTo(phone)).toHaveLength(1);
    });
  });

  it('refuses to cancel a message that was already sent', async () => {
    await h.withWorker(async () => {
      const { handle } = await message('Done already');
      await handle.result();
      await expect(handle.executeUpdate(cancelCommunicationUpdate)).rejects.toThrow();
    });
  });

  it('refuses a reschedule to something that is not a date', async () => {
    await h.withWorker(async () => {
      const { handle } = await message('Later', { sendInHours: 4 });
      await expect(handle.executeUpdate(rescheduleCommunicationUpdate, { args: ['next tuesday'] })).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
      await handle.executeUpdate(cancelCommunicationUpdate);
    });
  });

  it('retries after a transient provider error (5xx, then 429) and sends once', async () => {
    await h.withWorker(async () => {
      const phone = uniquePhone();
      await twilioRule({ to: phone, status: 500, times: 1 });
      await twilioRule({ to: phone, status: 429, code: 20429, times: 1 });
      const lead = await h.prisma.cRMLead.create({
        data: { hospitalId, leadNumber: `LD-CM-${randomUUID().slice(0, 8)}`, firstName: 'R', lastName: 'T', phone, source: 'WEBSITE' },
      });
      const id = await h.prisma.$transaction((tx) =>
        queueOutboundCommunication(tx, cipher, { hospitalId, leadId: lead.id, channel: 'WHATSAPP', toAddress: phone, body: 'retry me', isMarketing: false }),
      );
      const handle = await h.env.client.workflow.start(WORKFLOW_TYPES.communication, {
        taskQueue: h.taskQueue,
        workflowId: communicationWorkflowId(id),
        args: [id, {}],
      });
      expect(await handle.result()).toEqual({ phase: 'sent' });
      expect(await twilioMessagesTo(phone)).toHaveLength(1);
      expect((await row(id)).status).toBe('SENT');
      // The provider call ran three times: 500, 429, then accepted.
      expect(Math.max(...(await activityAttempts(handle)))).toBe(3);
    });
  });

  it('ends FAILED with the provider reason on a permanent refusal, without retrying', async () => {
    await h.withWorker(async () => {
      const phone = uniquePhone();
      await twilioRule({ to: phone, status: 400, code: 21211, message: "The 'To' number is not a valid phone number.", times: 3 });
      const id = await h.prisma.$transaction((tx) =>
        queueOutboundCommunication(tx, cipher, { hospitalId, channel: 'WHATSAPP', toAddress: phone, body: 'hello', isMarketing: false }),
      );
      const handle = await h.env.client.workflow.start(WORKFLOW_TYPES.communication, {
        taskQueue: h.taskQueue,
        workflowId: communicationWorkflowId(id),
        args: [id, {}],
      });
      const state = await handle.result();
      expect(state.phase).toBe('failed');
      expect(state.reason).toMatch(/not a valid phone number/);
      const stored = await row(id);
      expect(stored).toMatchObject({ status: 'FAILED' });
      expect(stored.failureReason).toMatch(/not a valid phone number/);
      // Not retried: every activity of the workflow ran once, the provider call included.
      const attempts = await activityAttempts(handle);
      expect(attempts.length).toBeGreaterThanOrEqual(2);
      expect(attempts.every((attempt) => attempt === 1)).toBe(true);
      expect(await twilioMessagesTo(phone)).toHaveLength(0);
    });
  });

  it('never sends marketing to a contact who opted out, and says why', async () => {
    await h.withWorker(async () => {
      const { id, phone, handle } = await message('20% off checkups', { isMarketing: true, doNotMarket: true });
      const state = await handle.result();
      expect(state).toEqual({ phase: 'skipped', reason: 'The contact opted out of marketing' });
      expect(await twilioMessagesTo(phone)).toHaveLength(0);
      expect(await row(id)).toMatchObject({ status: 'FAILED', failureReason: 'The contact opted out of marketing' });
    });
  });

  it('still sends a transactional message to a marketing opt-out', async () => {
    await h.withWorker(async () => {
      const { handle, phone } = await message('Your appointment is at 10:00', { doNotMarket: true });
      expect(await handle.result()).toEqual({ phase: 'sent' });
      expect(await twilioMessagesTo(phone)).toHaveLength(1);
    });
  });

  it('stops a waiting message when the address is suppressed before its time (a STOP reply meanwhile)', async () => {
    await h.withWorker(async () => {
      const { id, phone, handle } = await message('Reminder for tomorrow', { sendInHours: 2 });
      await h.prisma.contactSuppression.create({ data: { hospitalId, channel: 'WHATSAPP', address: phone, reason: 'STOP_REPLY', scope: 'ALL' } });
      await h.env.sleep('3 hours');
      const state = await handle.result();
      expect(state.phase).toBe('skipped');
      expect(state.reason).toMatch(/suppressed/);
      expect(await twilioMessagesTo(phone)).toHaveLength(0);
      expect((await row(id)).status).toBe('FAILED');
    });
  });

  it('holds marketing during quiet hours and sends when the window opens', async () => {
    await h.withWorker(async () => {
      const quiet = await h.prisma.hospital.create({ data: { name: 'Quiet', code: `QH${randomUUID().slice(0, 6).toUpperCase()}`, timezone: 'Asia/Kolkata' } });
      const now = await h.now();
      // Quiet from an hour ago until two hours from now, in Kolkata wall-clock time.
      const hhmm = (ms: number) => new Date(ms + 5.5 * HOUR).toISOString().slice(11, 16);
      await h.prisma.cRMSettings.create({ data: { hospitalId: quiet.id, quietHoursStart: hhmm(now - HOUR), quietHoursEnd: hhmm(now + 2 * HOUR) } });
      const phone = uniquePhone();
      const id = await h.prisma.$transaction((tx) =>
        queueOutboundCommunication(
          tx,
          cipher,
          { hospitalId: quiet.id, channel: 'WHATSAPP', toAddress: phone, body: 'Health camp on Sunday', isMarketing: true },
          new Date(now),
        ),
      );
      const handle = await h.env.client.workflow.start(WORKFLOW_TYPES.communication, {
        taskQueue: h.taskQueue,
        workflowId: communicationWorkflowId(id),
        args: [id, {}],
      });
      await h.env.sleep('1 hour');
      expect(await twilioMessagesTo(phone)).toHaveLength(0);
      expect((await row(id)).status).toBe('SCHEDULED');
      await h.env.sleep('90 minutes');
      expect(await handle.result()).toEqual({ phase: 'sent' });
      expect(await twilioMessagesTo(phone)).toHaveLength(1);
    });
  });
});
