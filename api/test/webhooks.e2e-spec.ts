import { randomBytes, randomUUID } from 'node:crypto';
import { getExpectedTwilioSignature } from 'twilio';
import { createBodyCipher, insertLead, type Prisma } from '@hospital-crm/db';
import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, type HospitalFixture } from './support/fixtures';
import { eventually, startTestWorker } from './support/worker';
import { otherPrivateKey, startFakeSns, type FakeSns, type SnsBody } from './support/fake-sns';

const SES = '/api/v1/crm/webhooks/ses';
const TWILIO_STATUS = '/api/v1/crm/webhooks/twilio/status';
const TWILIO_INBOUND = '/api/v1/crm/webhooks/twilio/inbound';
const TOPIC = 'arn:aws:sns:ap-south-1:123456789012:crm-ses-events';

const sesMessageId = () => `010f019${randomBytes(6).toString('hex')}-${randomUUID()}-000000`;
const twilioSid = () => `SM${randomBytes(16).toString('hex')}`;
const phone = () => `+9198${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

describe('delivery-status webhooks: SES through SNS, Twilio status callbacks and inbound messages', () => {
  let t: TestApp;
  let h: HospitalFixture;
  let sns: FakeSns;
  let stopWorker: () => Promise<void>;
  let twilioToken: string;
  let publicApiUrl: string;

  beforeAll(async () => {
    sns = await startFakeSns(TOPIC);
    // The API accepts certificates from this loopback fake only, and events of this topic only.
    process.env.SNS_CERT_HOST_PATTERN = '^127\\.0\\.0\\.1:\\d+$';
    process.env.SNS_TOPIC_ARNS = TOPIC;
    // The runner's Twilio stand-in sets these; a bare `jest` run gets its own.
    twilioToken = process.env.TWILIO_AUTH_TOKEN ??= 'twilio-auth-token-for-the-webhook-tests';
    process.env.COMMUNICATION_KEYS ??= `test:${randomBytes(32).toString('base64')}`;
    publicApiUrl = (process.env.PUBLIC_API_URL ?? 'http://127.0.0.1:3001').replace(/\/+$/, '');
    stopWorker = (await startTestWorker()).stop;
    t = await createTestApp();
    h = await createHospital(t.prisma, 'WH');
  }, 120_000);
  afterAll(async () => {
    await t.close();
    await stopWorker();
    await sns.stop();
    delete process.env.SNS_CERT_HOST_PATTERN;
    delete process.env.SNS_TOPIC_ARNS;
  });

  const newLead = (fields: { email?: string; phone?: string } = {}) =>
    t.prisma.$transaction((tx) => insertLead(tx, h.id, { firstName: 'Meera', lastName: 'Iyer', source: 'WEBSITE', ...fields }, null));

  /** An outbound message as the send workflow leaves it: SENT, with the provider's id. */
  type OutboundFields = Omit<Partial<Prisma.CRMCommunicationUncheckedCreateInput>, 'channel' | 'toAddress'> & {
    channel: 'EMAIL' | 'WHATSAPP' | 'SMS';
    toAddress: string;
  };
  const outbound = async (data: OutboundFields) =>
    t.prisma.cRMCommunication.create({
      data: {
        hospitalId: h.id,
        direction: 'OUTBOUND',
        status: 'SENT',
        provider: data.channel === 'EMAIL' ? 'ses' : 'twilio',
        providerMessageId: data.channel === 'EMAIL' ? sesMessageId() : twilioSid(),
        sentAt: new Date(Date.now() - 60_000),
        isMarketing: true,
        ...data,
      },
    });
  const email = async (
    status: 'SENT' | 'DELIVERED' | 'READ' = 'SENT',
    extra: Omit<Partial<Prisma.CRMCommunicationUncheckedCreateInput>, 'channel' | 'toAddress'> = {},
  ) => {
    const address = `meera.${randomBytes(4).toString('hex')}@patient.example`;
    const lead = await newLead({ email: address });
    return outbound({ channel: 'EMAIL', toAddress: address, leadId: lead.id, status, subject: 'Your health check', ...extra });
  };
  const row = (id: string) => t.prisma.cRMCommunication.findUniqueOrThrow({ where: { id } });

  /** An SES event as SES publishes it to the configuration set's SNS topic. */
  const sesEvent = (comm: { id: string; providerMessageId: string | null; toAddress: string | null }, eventType: string, detail: Record<string, unknown>) => ({
    eventType,
    mail: {
      timestamp: new Date(Date.now() - 30_000).toISOString(),
      source: 'care@citygeneral.example',
      messageId: comm.providerMessageId ?? sesMessageId(),
      destination: [comm.toAddress],
      tags: { communication_id: [comm.id], 'ses:configuration-set': ['crm-events'] },
    },
    ...detail,
  });
  const postSns = (body: SnsBody | string) =>
    t
      .http()
      .post(SES)
      .set('Content-Type', 'text/plain; charset=UTF-8')
      .set('x-amz-sns-message-type', typeof body === 'string' ? 'Notification' : body.Type)
      .send(typeof body === 'string' ? body : JSON.stringify(body));

  describe('SES events via SNS', () => {
    it('a Delivery (SignatureVersion 1) moves SENT to DELIVERED at the time SES reports', async () => {
      const comm = await email();
      const at = new Date(Date.now() - 20_000).toISOString();
      const res = await postSns(sns.notification(sesEvent(comm, 'Delivery', { delivery: { timestamp: at, recipients: [comm.toAddress] } })));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        success: true,
        data: { type: 'Notification', event: 'delivery', communicationId: comm.id, movedTo: 'DELIVERED', suppressed: [] },
      });
      expect(await row(comm.id)).toMatchObject({ status: 'DELIVERED', deliveredAt: new Date(at) });
    });

    it('an Open (SignatureVersion 2) moves it to READ; a Delivery arriving after that changes nothing', async () => {
      const comm = await email();
      const openedAt = new Date(Date.now() - 10_000).toISOString();
      const open = await postSns(sns.notification(sesEvent(comm, 'Open', { open: { timestamp: openedAt, userAgent: 'Mail' } }), { version: '2' }));
      expect(open.status).toBe(200);
      expect(open.body.data.movedTo).toBe('READ');
      const afterOpen = await row(comm.id);
      expect(afterOpen).toMatchObject({ status: 'READ', readAt: new Date(openedAt), deliveredAt: new Date(openedAt) });

      const late = await postSns(sns.notification(sesEvent(comm, 'Delivery', { delivery: { timestamp: new Date(Date.now() - 15_000).toISOString() } })));
      expect(late.status).toBe(200);
      expect(late.body.data).toMatchObject({ communicationId: comm.id, movedTo: null });
      expect(await row(comm.id)).toEqual(afterOpen);
    });

    it('a replayed notification changes nothing', async () => {
      const comm = await email();
      const notification = sns.notification(sesEvent(comm, 'Delivery', { delivery: { timestamp: new Date().toISOString() } }));
      expect((await postSns(notification)).body.data.movedTo).toBe('DELIVERED');
      const first = await row(comm.id);
      const again = await postSns(notification);
      expect(again.status).toBe(200);
      expect(again.body.data.movedTo).toBeNull();
      expect(await row(comm.id)).toEqual(first);
    });

    it('finds the message by its communication_id tag when the SES id is not stored yet', async () => {
      const comm = await email('SENT', { providerMessageId: null });
      const res = await postSns(sns.notification(sesEvent(comm, 'Delivery', { delivery: { timestamp: new Date().toISOString() } })));
      expect(res.body.data).toMatchObject({ communicationId: comm.id, movedTo: 'DELIVERED' });
    });

    it('a permanent bounce fails the message and suppresses the address for ALL email; a replay adds nothing', async () => {
      const comm = await email();
      const bounce = sns.notification(
        sesEvent(comm, 'Bounce', {
          bounce: {
            bounceType: 'Permanent',
            bounceSubType: 'General',
            timestamp: new Date().toISOString(),
            bouncedRecipients: [{ emailAddress: comm.toAddress, action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }],
          },
        }),
      );
      const res = await postSns(bounce);
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ event: 'bounce', movedTo: 'FAILED', suppressed: [comm.toAddress] });
      expect(await row(comm.id)).toMatchObject({
        status: 'FAILED',
        failureReason: 'Hard bounce (General): smtp; 550 5.1.1 user unknown',
        failedAt: expect.any(Date),
      });
      const suppression = await t.prisma.contactSuppression.findMany({ where: { hospitalId: h.id, channel: 'EMAIL', address: comm.toAddress! } });
      expect(suppression).toEqual([expect.objectContaining({ reason: 'HARD_BOUNCE', scope: 'ALL', source: 'ses:bounce' })]);

      const before = await row(comm.id);
      const replay = await postSns(bounce);
      expect(replay.body.data).toMatchObject({ movedTo: null, suppressed: [] });
      expect(await row(comm.id)).toEqual(before);
      expect(await t.prisma.contactSuppression.findMany({ where: { hospitalId: h.id, channel: 'EMAIL', address: comm.toAddress! } })).toEqual(suppression);
    });

    it('a transient bounce changes nothing', async () => {
      const comm = await email();
      const before = await row(comm.id);
      const res = await postSns(
        sns.notification(
          sesEvent(comm, 'Bounce', {
            bounce: { bounceType: 'Transient', bounceSubType: 'MailboxFull', bouncedRecipients: [{ emailAddress: comm.toAddress }] },
          }),
        ),
      );
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ movedTo: null, suppressed: [] });
      expect(await row(comm.id)).toEqual(before);
      expect(await t.prisma.contactSuppression.count({ where: { hospitalId: h.id, address: comm.toAddress! } })).toBe(0);
    });

    it('a complaint suppresses the address for ALL email (widening an earlier unsubscribe) and leaves the status alone', async () => {
      const comm = await email('DELIVERED');
      await t.prisma.contactSuppression.create({
        data: { hospitalId: h.id, channel: 'EMAIL', address: comm.toAddress!, reason: 'UNSUBSCRIBED', scope: 'MARKETING', source: 'unsubscribe-link' },
      });
      const res = await postSns(
        sns.notification(
          sesEvent(comm, 'Complaint', { complaint: { complainedRecipients: [{ emailAddress: comm.toAddress }], complaintFeedbackType: 'abuse' } }),
        ),
      );
      expect(res.body.data).toMatchObject({ event: 'complaint', movedTo: null, suppressed: [comm.toAddress] });
      expect(await row(comm.id)).toMatchObject({ status: 'DELIVERED' });
      expect(await t.prisma.contactSuppression.findMany({ where: { hospitalId: h.id, channel: 'EMAIL', address: comm.toAddress! } })).toEqual([
        expect.objectContaining({ reason: 'COMPLAINT', scope: 'ALL', source: 'ses:complaint' }),
      ]);
    });

    it('a click marks the message READ and puts the click on the lead timeline once', async () => {
      const comm = await email('DELIVERED');
      const click = sns.notification(
        sesEvent(comm, 'Click', { click: { timestamp: new Date().toISOString(), link: 'https://citygeneral.example/health-check', ipAddress: '192.0.2.1' } }),
      );
      expect((await postSns(click)).body.data.movedTo).toBe('READ');
      expect((await postSns(click)).body.data.movedTo).toBeNull();
      const clicks = await t.prisma.cRMActivity.findMany({ where: { leadId: comm.leadId, title: 'Email link clicked' } });
      expect(clicks).toEqual([
        expect.objectContaining({
          activityType: 'COMMUNICATION_LOGGED',
          description: 'https://citygeneral.example/health-check',
          metadata: expect.objectContaining({ communicationId: comm.id, link: 'https://citygeneral.example/health-check' }),
        }),
      ]);
    });

    it.each([
      ['Reject', { reject: { reason: 'Bad content' } }, 'Rejected by SES: Bad content'],
      [
        'Rendering Failure',
        { failure: { errorMessage: 'Attribute firstName is missing', templateName: 't' } },
        'SES could not render the template: Attribute firstName is missing',
      ],
    ])('a %s fails the message with the reason', async (eventType, detail, reason) => {
      const comm = await email();
      expect((await postSns(sns.notification(sesEvent(comm, eventType, detail)))).body.data.movedTo).toBe('FAILED');
      expect(await row(comm.id)).toMatchObject({ status: 'FAILED', failureReason: reason });
    });

    it('an event for a message we never sent is accepted and changes nothing', async () => {
      const res = await postSns(
        sns.notification(sesEvent({ id: randomUUID(), providerMessageId: sesMessageId(), toAddress: 'x@y.example' }, 'Delivery', { delivery: {} })),
      );
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ communicationId: null, movedTo: null });
    });

    describe('refusals: 403 in the envelope, nothing changed', () => {
      const expectRefused = async (res: { status: number; body: { success: boolean; error: { code: string; message: string } } }, message: RegExp) => {
        expect(res.status).toBe(403);
        expect(res.body).toEqual({ success: false, error: expect.objectContaining({ code: 'FORBIDDEN', message: expect.stringMatching(message) }) });
      };

      it('a forged signature (another key)', async () => {
        const comm = await email();
        const before = await row(comm.id);
        const forged = sns.notification(
          sesEvent(comm, 'Bounce', { bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: comm.toAddress }] } }),
          {
            privateKey: await otherPrivateKey(),
          },
        );
        await expectRefused(await postSns(forged), /signature is not valid/);
        expect(await row(comm.id)).toEqual(before);
        expect(await t.prisma.contactSuppression.count({ where: { hospitalId: h.id, address: comm.toAddress! } })).toBe(0);
      });

      it('a message altered after signing', async () => {
        const comm = await email();
        const before = await row(comm.id);
        const genuine = sns.notification(sesEvent(comm, 'Delivery', { delivery: {} }));
        const altered = { ...genuine, Message: JSON.stringify(sesEvent(comm, 'Reject', { reject: { reason: 'x' } })) };
        await expectRefused(await postSns(altered), /signature is not valid/);
        expect(await row(comm.id)).toEqual(before);
      });

      it('a certificate from a host that is not SNS (not even fetched)', async () => {
        const comm = await email();
        const body = {
          ...sns.notification(sesEvent(comm, 'Delivery', { delivery: {} })),
          SigningCertURL: 'https://sns.evil.example/SimpleNotificationService-x.pem',
        };
        await expectRefused(await postSns(body), /allowed SNS host/);
        const plainHttp = { ...sns.notification(sesEvent(comm, 'Delivery', { delivery: {} })) };
        plainHttp.SigningCertURL = plainHttp.SigningCertURL.replace('https:', 'http:');
        await expectRefused(await postSns(plainHttp), /allowed SNS host/);
        expect((await row(comm.id)).status).toBe('SENT');
      });

      it('a correctly signed message from a topic this API does not listen to', async () => {
        const comm = await email();
        const res = await postSns(sns.notification(sesEvent(comm, 'Delivery', { delivery: {} }), { topicArn: 'arn:aws:sns:us-east-1:999999999999:not-ours' }));
        await expectRefused(res, /not one this API listens to/);
        expect((await row(comm.id)).status).toBe('SENT');
      });

      it('a body that is not an SNS message (400)', async () => {
        expect((await postSns('{not json')).status).toBe(400);
        const missing = await postSns(JSON.stringify({ Type: 'Notification', Message: '{}' }));
        expect(missing.status).toBe(403);
        expect(missing.body.error.message).toMatch(/MessageId is missing/);
      });
    });

    it('confirms a subscription by calling its SubscribeURL, and only on an SNS host', async () => {
      const confirmation = sns.subscriptionConfirmation();
      const res = await postSns(confirmation);
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ type: 'SubscriptionConfirmation', topicArn: TOPIC, confirmed: true });
      expect(sns.confirmations).toContain(`?Action=ConfirmSubscription&Token=${confirmation.Token}`);

      const calls = sns.confirmations.length;
      const elsewhere = await postSns(sns.subscriptionConfirmation({ subscribeUrl: 'https://attacker.example/confirm?Token=x', version: '2' }));
      expect(elsewhere.status).toBe(403);
      expect(elsewhere.body.error.message).toMatch(/SubscribeURL/);
      expect(sns.confirmations).toHaveLength(calls);
    });
  });

  describe('Twilio status callbacks', () => {
    const whatsapp = async (status: 'SENT' | 'DELIVERED' = 'SENT') => {
      const number = phone();
      const lead = await newLead({ phone: number });
      return outbound({ channel: 'WHATSAPP', toAddress: number, leadId: lead.id, status, body: 'sealed elsewhere' });
    };
    const callback = (params: Record<string, string>, signature?: string) =>
      t
        .http()
        .post(TWILIO_STATUS)
        .type('form')
        .set('X-Twilio-Signature', signature ?? getExpectedTwilioSignature(twilioToken, `${publicApiUrl}${TWILIO_STATUS}`, params))
        .send(params);
    const statusParams = (sid: string, status: string, extra: Record<string, string> = {}) => ({
      AccountSid: 'AC0123456789abcdef0123456789abcdef',
      ApiVersion: '2010-04-01',
      ChannelPrefix: 'whatsapp',
      From: 'whatsapp:+14155238886',
      MessageSid: sid,
      MessageStatus: status,
      SmsSid: sid,
      SmsStatus: status,
      To: 'whatsapp:+919800000000',
      ...extra,
    });

    it('moves the message forward with a valid signature: delivered, then read; a late delivered changes nothing', async () => {
      const comm = await whatsapp();
      const delivered = await callback(statusParams(comm.providerMessageId!, 'delivered'));
      expect(delivered.status).toBe(200);
      expect(delivered.body).toEqual({ success: true, data: { communicationId: comm.id, movedTo: 'DELIVERED', parked: false } });
      expect((await callback(statusParams(comm.providerMessageId!, 'read'))).body.data.movedTo).toBe('READ');
      const afterRead = await row(comm.id);
      expect(afterRead).toMatchObject({ status: 'READ', deliveredAt: expect.any(Date), readAt: expect.any(Date) });
      expect((await callback(statusParams(comm.providerMessageId!, 'delivered'))).body.data.movedTo).toBeNull();
      expect((await callback(statusParams(comm.providerMessageId!, 'sent'))).body.data.movedTo).toBeNull();
      expect(await row(comm.id)).toEqual(afterRead);
    });

    it('records a failure with Twilio’s error, but not once the message was delivered', async () => {
      const comm = await whatsapp();
      const failed = await callback(statusParams(comm.providerMessageId!, 'undelivered', { ErrorCode: '63016', ErrorMessage: 'Outside the 24h window' }));
      expect(failed.body.data.movedTo).toBe('FAILED');
      expect(await row(comm.id)).toMatchObject({ status: 'FAILED', failureReason: 'Twilio: undelivered (error 63016): Outside the 24h window' });

      const delivered = await whatsapp('DELIVERED');
      expect((await callback(statusParams(delivered.providerMessageId!, 'failed', { ErrorCode: '30008' }))).body.data.movedTo).toBeNull();
      expect(await row(delivered.id)).toMatchObject({ status: 'DELIVERED', failureReason: null });
    });

    describe('that outrun the send recording the sid', () => {
      /** A message the send activity is sending: QUEUED, Twilio has answered but the sid is not stored yet. */
      const sending = async () => {
        const number = phone();
        const lead = await newLead({ phone: number });
        const comm = await outbound({ channel: 'WHATSAPP', toAddress: number, leadId: lead.id, status: 'QUEUED', providerMessageId: null, sentAt: null });
        return { comm, lead, sid: twilioSid() };
      };
      /** What the send activity writes once Twilio's answer is in (deliver.ts recordSent). */
      const recordSent = (id: string, sid: string) =>
        t.prisma.cRMCommunication.update({ where: { id }, data: { status: 'SENT', sentAt: new Date(), providerMessageId: sid } });
      const kept = (sid: string) => t.prisma.cRMParkedStatusEvent.count({ where: { providerMessageId: sid } });

      it('keeps a failure reported before the sid is stored (a replay once) and applies it when the send records it', async () => {
        const { comm, lead, sid } = await sending();
        const params = statusParams(sid, 'undelivered', { ErrorCode: '63016', ErrorMessage: 'Outside the 24h window' });
        const first = await callback(params);
        expect(first.body).toEqual({ success: true, data: { communicationId: null, movedTo: null, parked: true } });
        expect((await callback(params)).body.data.parked).toBe(true);
        expect(await kept(sid)).toBe(1);
        expect((await row(comm.id)).status).toBe('QUEUED');

        await recordSent(comm.id, sid);
        const failed = await eventually(async () => {
          const current = await row(comm.id);
          return current.status === 'FAILED' ? current : undefined;
        });
        expect(failed).toMatchObject({ failureReason: 'Twilio: undelivered (error 63016): Outside the 24h window', failedAt: failed.sentAt });
        expect(await kept(sid)).toBe(0);
        // The failure lowers the lead's response rate: it is rescored.
        await eventually(async () => ((await t.prisma.cRMLead.findUniqueOrThrow({ where: { id: lead.id } })).scoredAt ? true : undefined));
      });

      it('applies every status kept for a message: delivered and read both land', async () => {
        const { comm, sid } = await sending();
        await callback(statusParams(sid, 'delivered'));
        await callback(statusParams(sid, 'read'));
        expect(await kept(sid)).toBe(2);
        await recordSent(comm.id, sid);
        const read = await eventually(async () => {
          const current = await row(comm.id);
          return current.status === 'READ' ? current : undefined;
        });
        expect(read).toMatchObject({ deliveredAt: expect.any(Date), readAt: expect.any(Date) });
        expect(await kept(sid)).toBe(0);
      });

      it('changes nothing for a status that moves nothing, and drops a kept status whose message never appears after a week', async () => {
        const { sid } = await sending();
        expect((await callback(statusParams(sid, 'accepted'))).body.data).toEqual({ communicationId: null, movedTo: null, parked: false });
        expect(await kept(sid)).toBe(0);

        const stale = twilioSid();
        await t.prisma.cRMParkedStatusEvent.create({
          data: { providerMessageId: stale, status: 'DELIVERED', receivedAt: new Date(Date.now() - 8 * 86_400_000) },
        });
        const fresh = twilioSid();
        await callback(statusParams(fresh, 'delivered'));
        await eventually(async () => ((await kept(stale)) === 0 ? true : undefined));
        expect(await kept(fresh)).toBe(1);
      });
    });

    it.each([
      ['a wrong signature', (p: Record<string, string>) => getExpectedTwilioSignature('not-the-auth-token', `${publicApiUrl}${TWILIO_STATUS}`, p)],
      ['a signature for another URL', (p: Record<string, string>) => getExpectedTwilioSignature(twilioToken, `${publicApiUrl}${TWILIO_INBOUND}`, p)],
      [
        'a signature of other parameters',
        (p: Record<string, string>) => getExpectedTwilioSignature(twilioToken, `${publicApiUrl}${TWILIO_STATUS}`, { ...p, MessageStatus: 'sent' }),
      ],
      ['no signature', () => ''],
    ])('refuses %s with 403 and changes nothing', async (_case, signatureFor) => {
      const comm = await whatsapp();
      const params = statusParams(comm.providerMessageId!, 'delivered');
      const res = await callback(params, signatureFor(params));
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ success: false, error: expect.objectContaining({ code: 'FORBIDDEN' }) });
      expect((await row(comm.id)).status).toBe('SENT');
    });
  });

  describe('Twilio inbound messages', () => {
    const inbound = (params: Record<string, string>, signature?: string) =>
      t
        .http()
        .post(TWILIO_INBOUND)
        .type('form')
        .set('X-Twilio-Signature', signature ?? getExpectedTwilioSignature(twilioToken, `${publicApiUrl}${TWILIO_INBOUND}`, params))
        .send(params);
    const reply = (from: string, body: string, sid = twilioSid()) => ({
      AccountSid: 'AC0123456789abcdef0123456789abcdef',
      ApiVersion: '2010-04-01',
      Body: body,
      From: from,
      MessageSid: sid,
      NumMedia: '0',
      ProfileName: 'Meera',
      SmsMessageSid: sid,
      SmsSid: sid,
      SmsStatus: 'received',
      To: from.startsWith('whatsapp:') ? 'whatsapp:+14155238886' : '+14155238886',
      WaId: from.replace(/\D/g, ''),
    });
    const cipher = () => createBodyCipher(process.env.COMMUNICATION_KEYS!, process.env.COMMUNICATION_KEY_ID);

    it('logs a WhatsApp reply against the newest message to that number, marks it RESPONDED and rescores the lead; a replay inserts nothing', async () => {
      const number = phone();
      const lead = await newLead({ phone: number });
      const older = await outbound({ channel: 'WHATSAPP', toAddress: number, leadId: lead.id, status: 'READ', createdAt: new Date(Date.now() - 86_400_000) });
      const newest = await outbound({ channel: 'WHATSAPP', toAddress: number, leadId: lead.id, status: 'DELIVERED' });
      const params = reply(`whatsapp:${number}`, 'Yes, Tuesday 10am works for me');

      const res = await inbound(params);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/xml/);
      expect(res.text).toMatch(/<Response\/>$/);

      const logged = await t.prisma.cRMCommunication.findUniqueOrThrow({ where: { providerMessageId: params.MessageSid } });
      expect(logged).toMatchObject({
        hospitalId: h.id,
        leadId: lead.id,
        channel: 'WHATSAPP',
        direction: 'INBOUND',
        status: 'LOGGED',
        fromAddress: number,
        toAddress: '+14155238886',
        provider: 'twilio',
        inReplyToId: newest.id,
      });
      // Sealed at rest like every message body.
      expect(logged.body).not.toContain('Tuesday');
      expect(cipher().decrypt(logged.body, logged.bodyKeyId)).toBe('Yes, Tuesday 10am works for me');
      expect(await row(newest.id)).toMatchObject({ status: 'RESPONDED', respondedAt: expect.any(Date) });
      expect((await row(older.id)).status).toBe('READ');
      const activity = await t.prisma.cRMActivity.findFirstOrThrow({ where: { leadId: lead.id, activityType: 'COMMUNICATION_LOGGED' } });
      expect(activity).toMatchObject({
        title: 'Inbound WhatsApp reply received',
        metadata: { communicationId: logged.id, inReplyToId: newest.id, optedOut: false },
      });
      expect((await t.prisma.cRMLead.findUniqueOrThrow({ where: { id: lead.id } })).lastContactedAt).not.toBeNull();
      // The lead-score workflow counts the answer.
      await eventually(async () => {
        const scored = await t.prisma.cRMLead.findUniqueOrThrow({ where: { id: lead.id } });
        return (scored.scoreBreakdown as { responseRate?: number } | null)?.responseRate ? true : undefined;
      });

      const before = await row(newest.id);
      const again = await inbound(params);
      expect(again.status).toBe(200);
      expect(await t.prisma.cRMCommunication.count({ where: { inReplyToId: newest.id } })).toBe(1);
      expect(await t.prisma.cRMActivity.count({ where: { leadId: lead.id, activityType: 'COMMUNICATION_LOGGED' } })).toBe(1);
      expect(await row(newest.id)).toEqual(before);
    });

    it('STOP (any case, with spaces) suppresses the number on that channel for ALL messages', async () => {
      const number = phone();
      const lead = await newLead({ phone: number });
      const sms = await outbound({ channel: 'SMS', toAddress: number, leadId: lead.id });
      const res = await inbound(reply(number, '  stop '));
      expect(res.status).toBe(200);
      expect(await t.prisma.contactSuppression.findMany({ where: { hospitalId: h.id, address: number } })).toEqual([
        expect.objectContaining({ channel: 'SMS', reason: 'STOP_REPLY', scope: 'ALL', source: 'twilio:stop' }),
      ]);
      expect((await row(sms.id)).status).toBe('RESPONDED');

      await outbound({ channel: 'WHATSAPP', toAddress: number, leadId: lead.id });
      await inbound(reply(`whatsapp:${number}`, 'UNSUBSCRIBE'));
      expect((await t.prisma.contactSuppression.findMany({ where: { hospitalId: h.id, address: number } })).map((s) => s.channel).sort()).toEqual([
        'SMS',
        'WHATSAPP',
      ]);
    });

    it('STOP suppresses the number for every hospital that wrote to it (they share the sender Twilio then blocks), and logs the reply once', async () => {
      const other = await createHospital(t.prisma, 'WO');
      const number = phone();
      const lead = await newLead({ phone: number });
      await outbound({ channel: 'WHATSAPP', toAddress: number, leadId: lead.id });
      const theirs = await outbound({ channel: 'WHATSAPP', toAddress: number, hospitalId: other.id });
      const res = await inbound(reply(`whatsapp:${number}`, 'STOP'));
      expect(res.status).toBe(200);
      const suppressed = await t.prisma.contactSuppression.findMany({ where: { address: number }, select: { hospitalId: true, channel: true, reason: true } });
      expect(suppressed.map((s) => s.hospitalId).sort()).toEqual([h.id, other.id].sort());
      expect(suppressed.every((s) => s.channel === 'WHATSAPP' && s.reason === 'STOP_REPLY')).toBe(true);
      // Filed under the newest message's hospital only.
      expect(await t.prisma.cRMCommunication.count({ where: { direction: 'INBOUND', fromAddress: number } })).toBe(1);
      expect((await row(theirs.id)).status).toBe('RESPONDED');
    });

    it('a message from a number we never wrote to is answered and logged nowhere', async () => {
      const params = reply(`whatsapp:${phone()}`, 'Hello?');
      const res = await inbound(params);
      expect(res.status).toBe(200);
      expect(res.text).toMatch(/<Response\/>$/);
      expect(await t.prisma.cRMCommunication.count({ where: { providerMessageId: params.MessageSid } })).toBe(0);
    });

    it('refuses a forged inbound message (403) and logs nothing', async () => {
      const number = phone();
      const lead = await newLead({ phone: number });
      const comm = await outbound({ channel: 'WHATSAPP', toAddress: number, leadId: lead.id });
      const params = reply(`whatsapp:${number}`, 'STOP');
      const res = await inbound(params, getExpectedTwilioSignature('forged-token', `${publicApiUrl}${TWILIO_INBOUND}`, params));
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
      expect(await t.prisma.cRMCommunication.count({ where: { providerMessageId: params.MessageSid } })).toBe(0);
      expect((await row(comm.id)).status).toBe('SENT');
      expect(await t.prisma.contactSuppression.count({ where: { hospitalId: h.id, address: number } })).toBe(0);
    });
  });
});
