// Every list endpoint pages the same way: default 20 rows, at most 100.

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  page?: number | string | null;
  limit?: number | string | null;
}

export interface PageWindow {
  page: number;
  limit: number;
  skip: number;
}

/** Forgiving by design: a bad or missing value falls back to page 1 / 20 rows instead of failing the list. */
export function normalizePage({ page, limit }: PageRequest = {}): PageWindow {
  const size = Math.min(MAX_PAGE_SIZE, Math.max(1, toInt(limit) ?? DEFAULT_PAGE_SIZE));
  // Keep skip a safe integer however far someone pages.
  const lastPage = Math.floor(Number.MAX_SAFE_INTEGER / size);
  const p = Math.min(lastPage, Math.max(1, toInt(page) ?? 1));
  return { page: p, limit: size, skip: (p - 1) * size };
}

function toInt(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? Math.floor(n) : null;
}
