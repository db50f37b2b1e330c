import { searchPage, searchWhere, searchWords } from './lead-search';

describe('lead search', () => {
  it('takes up to five whitespace-separated words', () => {
    expect(searchWords('  Priya \t Mehta\n')).toEqual(['Priya', 'Mehta']);
    expect(searchWords(undefined)).toEqual([]);
    expect(searchWords('a b c d e f')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('matches an ASCII word lowered with LIKE, any other with ILIKE, wildcards as text', () => {
    expect(searchWhere(['Priya.M', '100%', 'ÖZTÜRK'])).toEqual([
      { searchText: { contains: 'priya.m' } },
      { searchText: { contains: '100\\%' } },
      { searchText: { contains: 'ÖZTÜRK', mode: 'insensitive' } },
    ]);
  });

  it("returns the rows in the ids' order, leaving out one gone in between", async () => {
    const rows = await searchPage(
      () => Promise.resolve([{ id: 'b' }, { id: 'a' }, { id: 'c' }]),
      (ids) => Promise.resolve(ids.filter((id) => id !== 'c').map((id) => ({ id, name: id.toUpperCase() }))),
    );
    expect(rows).toEqual([
      { id: 'b', name: 'B' },
      { id: 'a', name: 'A' },
    ]);
  });
});
