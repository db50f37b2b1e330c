import type { Prisma } from '@hospital-crm/db';
import { likeText } from '../common/pagination/search-text';
import type { QueryLeadsDto } from './dto/query-leads.dto';

const SEARCH_FIELDS = ['firstName', 'lastName', 'email', 'phone'] as const;

/**
 * The list's filters as one Prisma where clause, always inside the caller's hospital.
 * Search: every word must appear in one of name, email or phone ("john doe" finds John Doe);
 * matching is ILIKE, served by the trigram indexes, with the input taken as plain text.
 */
export function leadWhere(hospitalId: string, query: QueryLeadsDto): Prisma.CRMLeadWhereInput {
  const words = (query.q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5);
  return {
    hospitalId,
    deletedAt: null,
    ...(query.ids?.length && { id: { in: query.ids } }),
    ...(query.status?.length && { status: { in: query.status } }),
    ...(query.source?.length && { source: { in: query.source } }),
    ...(query.assignedToId !== undefined && { assignedToId: query.assignedToId }),
    ...(query.tagIds?.length && { tags: { some: { tagId: { in: query.tagIds } } } }),
    ...((query.scoreMin !== undefined || query.scoreMax !== undefined) && { score: { gte: query.scoreMin, lte: query.scoreMax } }),
    ...((query.createdFrom || query.createdTo) && { createdAt: range(query.createdFrom, query.createdTo) }),
    ...((query.followUpFrom || query.followUpTo) && { nextFollowUpAt: range(query.followUpFrom, query.followUpTo) }),
    ...(words.length && {
      AND: words.map((word) => ({ OR: SEARCH_FIELDS.map((field) => ({ [field]: { contains: likeText(word), mode: 'insensitive' as const } })) })),
    }),
  };
}

function range(from?: string, to?: string): Prisma.DateTimeFilter {
  return { ...(from && { gte: new Date(from) }), ...(to && { lte: new Date(to) }) };
}

export function leadOrderBy(query: QueryLeadsDto): Prisma.CRMLeadOrderByWithRelationInput[] {
  // id breaks ties so pages never repeat or skip a lead.
  return [{ [query.sort]: query.order }, { id: query.order }];
}
