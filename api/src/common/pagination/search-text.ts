/**
 * A user's search text for Prisma's `contains`, which passes % and _ to ILIKE as wildcards:
 * escaping them (and the escape character) makes "%" search for a percent sign.
 */
export function likeText(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
