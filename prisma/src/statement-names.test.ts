import { StatementNames } from './statement-names';

describe('StatementNames', () => {
  const list = 'SELECT "t0"."id" FROM "public"."CRMLead" AS "t0" WHERE "t0"."hospitalId" = $1 LIMIT $2';

  it('gives the same SQL the same name every time, and different SQL a different one', () => {
    const names = new StatementNames();
    const first = names.nameFor(list);
    expect(first).toMatch(/^crm_[\w-]{20}$/);
    expect(names.nameFor(list)).toBe(first);
    expect(names.nameFor(`${list} OFFSET $3`)).not.toBe(first);
  });

  it('leaves pattern matches unnamed, so each is planned with its pattern', () => {
    const names = new StatementNames();
    expect(names.nameFor(`SELECT id FROM "CRMLead" WHERE "searchText"::text LIKE ('%' || $1 || '%')`)).toBe('');
    expect(names.nameFor(`SELECT id FROM "CRMLead" WHERE "email" ILIKE $1`)).toBe('');
    expect(names.nameFor(`SELECT id FROM "CRMTag" WHERE "name" ~~ $1`)).toBe('');
  });

  it('names no more than its cap; the SQL named before it keeps its name', () => {
    const names = new StatementNames(2);
    const a = names.nameFor('SELECT 1');
    expect(names.nameFor('SELECT 2')).not.toBe('');
    expect(names.nameFor('SELECT 3')).toBe('');
    expect(names.nameFor('SELECT 1')).toBe(a);
  });
});
