import { isStopKeyword, maskNumber, readInboundMessage, readStatusCallback } from './twilio-params';

const SID = 'SM0123456789abcdef0123456789abcdef';

describe('readStatusCallback', () => {
  it.each([
    ['queued', 'SENT'],
    ['sent', 'SENT'],
    ['delivered', 'DELIVERED'],
    ['read', 'READ'],
    ['failed', 'FAILED'],
    ['undelivered', 'FAILED'],
    ['accepted', null],
    ['canceled', null],
  ])('maps %s to %s', (twilioStatus, status) => {
    expect(readStatusCallback({ MessageSid: SID, MessageStatus: twilioStatus })).toMatchObject({ messageSid: SID, status });
  });

  it('keeps the error code and message of a failure', () => {
    expect(readStatusCallback({ MessageSid: SID, MessageStatus: 'undelivered', ErrorCode: '30008', ErrorMessage: 'Unknown error' })).toMatchObject({
      failureReason: 'Twilio: undelivered (error 30008): Unknown error',
    });
    expect(readStatusCallback({ MessageSid: SID, MessageStatus: 'delivered', ErrorCode: '0' })?.failureReason).toBeNull();
  });

  it.each([
    ['no sid', { MessageStatus: 'sent' }],
    ['a malformed sid', { MessageSid: "SM'; drop table", MessageStatus: 'sent' }],
    ['no status', { MessageSid: SID }],
  ])('returns null for %s', (_case, params) => {
    expect(readStatusCallback(params)).toBeNull();
  });
});

describe('readInboundMessage', () => {
  it('reads a WhatsApp reply', () => {
    expect(readInboundMessage({ MessageSid: SID, From: 'whatsapp:+919876543210', To: 'whatsapp:+14155238886', Body: 'Yes, 10am works' })).toEqual({
      messageSid: SID,
      channel: 'WHATSAPP',
      from: '+919876543210',
      to: '+14155238886',
      body: 'Yes, 10am works',
    });
  });

  it('reads an SMS reply', () => {
    expect(readInboundMessage({ MessageSid: SID, From: '+14155550123', Body: 'STOP' })).toMatchObject({ channel: 'SMS', from: '+14155550123', to: null });
  });

  it('returns null for a sender that is not a phone number', () => {
    expect(readInboundMessage({ MessageSid: SID, From: 'not-a-number', Body: 'hi' })).toBeNull();
  });
});

describe('isStopKeyword', () => {
  it.each(['STOP', ' stop ', 'StopAll', 'unsubscribe', 'Cancel', 'END', 'quit\n'])('%p opts out', (body) => {
    expect(isStopKeyword(body)).toBe(true);
  });

  it.each(['please stop', 'stopp', '', 'STOP!'])('%p does not', (body) => {
    expect(isStopKeyword(body)).toBe(false);
  });
});

describe('maskNumber', () => {
  it('keeps only the country prefix and the last four digits', () => {
    expect(maskNumber('+919876543210')).toBe('+91••••••3210');
  });
});
