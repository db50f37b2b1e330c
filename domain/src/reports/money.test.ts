import { campaignCost, roiPercent, sumByCurrency } from './money';

describe('sumByCurrency', () => {
  it('adds per currency to the cent, alphabetically', () => {
    expect(
      sumByCurrency([
        { currency: 'USD', amount: 100.1 },
        { currency: 'INR', amount: 5000 },
        { currency: 'USD', amount: 0.2 },
      ]),
    ).toEqual([
      { currency: 'INR', amount: 5000 },
      { currency: 'USD', amount: 100.3 },
    ]);
  });
});

describe('campaignCost', () => {
  it.each([
    [0.05, 120, 6], // 0.05 × 120
    [0.0125, 3, 0.04], // 0.0375 → 0.04
    [null, 120, null],
  ])('%s × %d → %s', (price, sent, expected) => expect(campaignCost(price, sent)).toBe(expected));
});

describe('roiPercent', () => {
  it.each([
    [[{ currency: 'USD', amount: 300 }], 100, 200], // (300 − 100)/100
    [[{ currency: 'USD', amount: 50 }], 200, -75], // (50 − 200)/200
    [[], 100, -100],
    [[{ currency: 'USD', amount: 300 }], 0, null],
    [[{ currency: 'USD', amount: 300 }], null, null],
    [
      [
        { currency: 'INR', amount: 1 },
        { currency: 'USD', amount: 1 },
      ],
      100,
      null,
    ],
  ])('%o against %s → %s', (revenue, cost, expected) => expect(roiPercent(revenue, cost)).toBe(expected));
});
