import type { Prisma } from '@hospital-crm/db';
import type { QueryLeadsDto } from './dto/query-leads.dto';
import { searchWhere, searchWords } from './lead-search';

/**
 * The list's filters as one Prisma where clause, always inside the caller's hospital
 * (the list, its count and the CSV export). The search is in lead-search.ts.
 */
export function leadWhere(hospitalId: string, query: QueryLeadsDto): Prisma.CRMLeadWhereInput {
  const words = searchWords(query.q);
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
    ...(words.length && { AND: searchWhere(words) }),
  };
}

function range(from?: string, to?: string): Prisma.DateTimeFilter {
  return { ...(from && { gte: new Date(from) }), ...(to && { lte: new Date(to) }) };
}

export function leadOrderBy(query: QueryLeadsDto): Prisma.CRMLeadOrderByWithRelationInput[] {
  // id breaks ties so pages never repeat or skip a lead.
  return [{ [query.sort]: query.order }, { id: query.order }];
}
