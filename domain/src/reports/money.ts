import { percent } from './report-math';

export interface Money {
  currency: string;
  amount: number;
}

const cents = (n: number) => Math.round(n * 100) / 100;

/** Adds amounts per currency (to the cent), currencies in alphabetical order. */
export function sumByCurrency(rows: readonly Money[]): Money[] {
  const totals = new Map<string, number>();
  for (const { currency, amount } of rows) totals.set(currency, (totals.get(currency) ?? 0) + amount);
  return [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ currency, amount: cents(amount) }));
}

/** The cost of a campaign: price per message × messages sent; null when it has no price. */
export function campaignCost(costPerMessage: number | null, sentCount: number): number | null {
  return costPerMessage === null ? null : cents(costPerMessage * sentCount);
}

/**
 * (revenue − cost) / cost as a percentage, one decimal. Null without a positive cost, or when the
 * revenue is in more than one currency (costs carry none); no revenue at all is −100.
 */
export function roiPercent(revenue: readonly Money[], cost: number | null): number | null {
  if (cost === null || cost <= 0 || revenue.length > 1) return null;
  return percent((revenue[0]?.amount ?? 0) - cost, cost);
}
