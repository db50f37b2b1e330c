import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, normalizePage, type PageRequest } from './pagination';

describe('normalizePage', () => {
  it('uses the plan’s limits', () => {
    expect([DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE]).toEqual([20, 100]);
  });

  it.each<[string, PageRequest | undefined, { page: number; limit: number; skip: number }]>([
    ['nothing given', undefined, { page: 1, limit: 20, skip: 0 }],
    ['empty request', {}, { page: 1, limit: 20, skip: 0 }],
    ['page 3 of 20', { page: 3 }, { page: 3, limit: 20, skip: 40 }],
    ['page 2 of 50', { page: 2, limit: 50 }, { page: 2, limit: 50, skip: 50 }],
    ['limit at the maximum', { limit: 100 }, { page: 1, limit: 100, skip: 0 }],
    ['limit above the maximum', { page: 2, limit: 500 }, { page: 2, limit: 100, skip: 100 }],
    ['limit 0', { limit: 0 }, { page: 1, limit: 1, skip: 0 }],
    ['negative limit', { limit: -5 }, { page: 1, limit: 1, skip: 0 }],
    ['page 0', { page: 0 }, { page: 1, limit: 20, skip: 0 }],
    ['negative page', { page: -3 }, { page: 1, limit: 20, skip: 0 }],
    ['fractional values', { page: 2.7, limit: 10.9 }, { page: 2, limit: 10, skip: 10 }],
    ['query-string numbers', { page: '4', limit: '25' }, { page: 4, limit: 25, skip: 75 }],
    ['blank strings', { page: ' ', limit: '' }, { page: 1, limit: 20, skip: 0 }],
    ['garbage strings', { page: 'abc', limit: 'lots' }, { page: 1, limit: 20, skip: 0 }],
    ['nulls', { page: null, limit: null }, { page: 1, limit: 20, skip: 0 }],
    ['not-a-number', { page: Number.NaN, limit: Number.NaN }, { page: 1, limit: 20, skip: 0 }],
    ['infinite page', { page: Number.POSITIVE_INFINITY }, { page: 1, limit: 20, skip: 0 }],
  ])('%s', (_what, request, expected) => {
    expect(normalizePage(request)).toEqual(expected);
  });

  it('keeps skip a safe integer for absurd pages', () => {
    const { skip } = normalizePage({ page: 1e300, limit: 100 });
    expect(Number.isSafeInteger(skip)).toBe(true);
  });
});
