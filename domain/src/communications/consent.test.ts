import { consentToSend, type ConsentFacts } from './consent';

const base: ConsentFacts = { isMarketing: true, suppression: null, doNotMarket: false, tags: [] };

describe('consentToSend', () => {
  it.each<[string, Partial<ConsentFacts>, boolean, RegExp | null]>([
    ['marketing to a consenting contact', {}, true, null],
    ['marketing to an opted-out contact', { doNotMarket: true }, false, /opted out/],
    ['a reminder to an opted-out contact', { isMarketing: false, doNotMarket: true }, true, null],
    ['marketing to a marketing-suppressed address', { suppression: { scope: 'MARKETING', reason: 'UNSUBSCRIBED' } }, false, /unsubscribed/],
    ['a reminder to a marketing-suppressed address', { isMarketing: false, suppression: { scope: 'MARKETING', reason: 'UNSUBSCRIBED' } }, true, null],
    ['a reminder to a hard-bounced address', { isMarketing: false, suppression: { scope: 'ALL', reason: 'HARD_BOUNCE' } }, false, /hard bounce/],
    ['a reminder to a do-not-contact lead', { isMarketing: false, tags: ['VIP', 'Do-Not-Contact'] }, false, /do-not-contact/],
  ])('%s', (...[, facts, allowed, reason]) => {
    const decision = consentToSend({ ...base, ...facts });
    expect(decision.allowed).toBe(allowed);
    if (!decision.allowed) expect(decision.reason).toMatch(reason!);
  });
});
