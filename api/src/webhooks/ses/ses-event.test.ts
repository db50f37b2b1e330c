import { emailAddressOf, parseSesEvent } from './ses-event';

const COMMUNICATION_ID = '0190f5a2-7c3e-7a4b-9d2e-1f2a3b4c5d6e';
const mail = {
  timestamp: '2026-11-02T09:00:00.000Z',
  source: 'care@hospital.example',
  messageId: '010f0192-abcd-ef01-2345-6789abcdef01-000000',
  destination: ['meera@patient.example'],
  tags: { communication_id: [COMMUNICATION_ID], 'ses:configuration-set': ['crm'] },
};
const event = (body: Record<string, unknown>) => JSON.stringify({ mail, ...body });

describe('parseSesEvent', () => {
  it('reads a delivery with the message id, our tag and the time', () => {
    expect(parseSesEvent(event({ eventType: 'Delivery', delivery: { timestamp: '2026-11-02T09:00:02.000Z', recipients: ['meera@patient.example'] } }))).toEqual(
      {
        kind: 'delivery',
        messageId: mail.messageId,
        communicationId: COMMUNICATION_ID,
        at: new Date('2026-11-02T09:00:02.000Z'),
      },
    );
  });

  it('reads identity notifications (notificationType) the same way', () => {
    expect(parseSesEvent(event({ notificationType: 'Delivery', delivery: { timestamp: '2026-11-02T09:00:02.000Z' } }))).toMatchObject({ kind: 'delivery' });
  });

  it('reads opens and clicks with the link', () => {
    expect(parseSesEvent(event({ eventType: 'Open', open: { timestamp: '2026-11-02T10:00:00.000Z' } }))).toMatchObject({ kind: 'open' });
    expect(parseSesEvent(event({ eventType: 'Click', click: { timestamp: '2026-11-02T10:01:00.000Z', link: 'https://hospital.example/camp' } }))).toMatchObject(
      {
        kind: 'click',
        link: 'https://hospital.example/camp',
      },
    );
  });

  it('tells permanent bounces from transient ones and lists the bounced addresses', () => {
    const permanent = parseSesEvent(
      event({
        eventType: 'Bounce',
        bounce: {
          bounceType: 'Permanent',
          bounceSubType: 'General',
          timestamp: '2026-11-02T09:00:05.000Z',
          bouncedRecipients: [{ emailAddress: 'Meera Iyer <Meera@Patient.Example>', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }, { nothing: true }],
        },
      }),
    );
    expect(permanent).toMatchObject({
      kind: 'bounce',
      permanent: true,
      bounceSubType: 'General',
      recipients: [{ address: 'meera@patient.example', diagnostic: 'smtp; 550 5.1.1 user unknown' }],
    });
    expect(parseSesEvent(event({ eventType: 'Bounce', bounce: { bounceType: 'Transient', bouncedRecipients: [] } }))).toMatchObject({ permanent: false });
  });

  it('reads complaints, rejects and rendering failures', () => {
    expect(parseSesEvent(event({ eventType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: 'meera@patient.example' }] } }))).toMatchObject({
      kind: 'complaint',
      recipients: ['meera@patient.example'],
    });
    expect(parseSesEvent(event({ eventType: 'Reject', reject: { reason: 'Bad content' } }))).toMatchObject({
      kind: 'reject',
      reason: 'Rejected by SES: Bad content',
    });
    expect(parseSesEvent(event({ eventType: 'Rendering Failure', failure: { errorMessage: 'Attribute missing' } }))).toMatchObject({
      kind: 'renderingFailure',
      reason: 'SES could not render the template: Attribute missing',
    });
  });

  it('ignores event types the CRM does not act on', () => {
    expect(parseSesEvent(event({ eventType: 'Send', send: {} }))).toMatchObject({ kind: 'ignored', type: 'Send' });
  });

  it('ignores a communication_id tag that is not a UUID', () => {
    const parsed = parseSesEvent(JSON.stringify({ eventType: 'Open', open: {}, mail: { ...mail, tags: { communication_id: ["1' OR 1=1"] } } }));
    expect(parsed).toMatchObject({ communicationId: null, messageId: mail.messageId, at: null });
  });

  it.each([
    ['not JSON', 'hello'],
    ['a JSON array', '[]'],
    ['no event type', JSON.stringify({ mail })],
    ['no mail object', JSON.stringify({ eventType: 'Delivery' })],
  ])('returns null for %s', (_case, message) => {
    expect(parseSesEvent(message)).toBeNull();
  });
});

describe('emailAddressOf', () => {
  it.each([
    ['a@b.example', 'a@b.example'],
    [' A@B.Example ', 'a@b.example'],
    ['"Iyer, Meera" <Meera@B.example>', 'meera@b.example'],
    ['not an address', null],
    [42, null],
  ])('%p -> %p', (input, expected) => {
    expect(emailAddressOf(input)).toBe(expected);
  });
});
