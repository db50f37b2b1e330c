import { createHash } from 'node:crypto';

// A statement whose plan hangs on the pattern it matches: a LIKE '%ana%' and a LIKE '%98765%' want
// different indexes, so PostgreSQL must plan each with its values, as it does unnamed statements.
const PATTERN_MATCH = /\b(I?LIKE|SIMILAR TO)\b|~~/i;

/**
 * Names for the SQL a process sends, so each pooled connection parses a statement once and then only
 * binds values to it (PostgreSQL still plans with the values until a generic plan is as cheap). Prisma's
 * SQL texts repeat (one per query shape), but the names are capped so an unforeseen variety of texts
 * cannot grow every connection's prepared statements without bound; past the cap, statements go unnamed.
 * An unnamed statement is the empty name (pg's default), parsed and planned on every run.
 */
export class StatementNames {
  private readonly names = new Map<string, string>();

  constructor(private readonly max = 300) {}

  nameFor(sql: string): string {
    const known = this.names.get(sql);
    if (known !== undefined) return known;
    if (this.names.size >= this.max || PATTERN_MATCH.test(sql)) return '';
    const name = `crm_${createHash('sha1').update(sql).digest('base64url').slice(0, 20)}`;
    this.names.set(sql, name);
    return name;
  }
}
