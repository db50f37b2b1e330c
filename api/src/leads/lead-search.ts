import type { Prisma } from '@hospital-crm/db';
import { likeText } from '../common/pagination/search-text';

// Words beyond these are ignored: each one is another condition on every lead the plan checks.
const MAX_WORDS = 5;
const ASCII = /^[\x20-\x7e]*$/;

/** The search box's words: every one must appear in the lead's name, email or phone ("john doe" finds John Doe). */
export function searchWords(q: string | undefined): string[] {
  return (q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
}

/**
 * One condition per word on `searchText`, the lower-case "<first> <last>\n<email>\n<phone>" PostgreSQL keeps
 * (schema.prisma), the input taken as plain text. A word holds no whitespace, so it never matches across the
 * newlines between the fields. Both search indexes serve these conditions.
 * An ASCII word is lowered here and matched with LIKE, a quarter of ILIKE's cost per lead a walk checks (no
 * lower() per row); other words go through ILIKE, so PostgreSQL lowers both sides alike (JavaScript and
 * PostgreSQL differ on a few letters, such as a final Σ).
 */
export function searchWhere(words: string[]): Prisma.CRMLeadWhereInput[] {
  return words.map((word) => ({
    searchText: ASCII.test(word) ? { contains: likeText(word.toLowerCase()) } : { contains: likeText(word), mode: 'insensitive' as const },
  }));
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
