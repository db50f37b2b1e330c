import type { Prisma } from '@hospital-crm/db';
import { likeText } from '../common/pagination/search-text';

// Words beyond these are ignored: each one is another condition on every lead the plan checks.
const MAX_WORDS = 5;

/** The search box's words: every one must appear in the lead's name, email or phone ("john doe" finds John Doe). */
export function searchWords(q: string | undefined): string[] {
  return (q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
}

/**
 * One condition per word on `searchText`, the lower-case "<first> <last>\n<email>\n<phone>" PostgreSQL keeps
 * (schema.prisma): LIKE on the lowered word, the input taken as plain text. A word holds no whitespace, so it
 * never matches across the newlines between the fields. Both search indexes serve these conditions.
 */
export function searchWhere(words: string[]): Prisma.CRMLeadWhereInput[] {
  return words.map((word) => ({ searchText: { contains: likeText(word.toLowerCase()) } }));
}

/**
 * A page of a search: the ids first, then their rows by primary key. Selecting only ids lets PostgreSQL check
 * each lead's searchText in CRMLead_live_search_walk_idx without reading the table, so the newest 20 matches of
 * a common word cost a few index pages; with the whole row selected it fetched every lead it checked.
 */
export async function searchPage<Row extends { id: string }>(
  findIds: () => Promise<Array<{ id: string }>>,
  findRows: (ids: string[]) => Promise<Row[]>,
): Promise<Row[]> {
  const ids = (await findIds()).map((row) => row.id);
  if (!ids.length) return [];
  const rows = new Map((await findRows(ids)).map((row) => [row.id, row]));
  // A lead deleted between the two reads is left out.
  return ids.flatMap((id) => rows.get(id) ?? []);
}
