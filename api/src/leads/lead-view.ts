import type { Prisma } from '@hospital-crm/db';

const person = { select: { id: true, firstName: true, lastName: true } } as const;

/** What a lead card and list row show (the seed's sample response). */
export const leadListSelect = {
  id: true,
  leadNumber: true,
  firstName: true,
  lastName: true,
  phone: true,
  email: true,
  status: true,
  source: true,
  score: true,
  position: true,
  interestedIn: true,
  nextFollowUpAt: true,
  lastContactedAt: true,
  createdAt: true,
  updatedAt: true,
  assignedTo: person,
  tags: { select: { tag: { select: { id: true, name: true, color: true } } } },
} as const satisfies Prisma.CRMLeadSelect;

export const leadDetailSelect = {
  ...leadListSelect,
  dateOfBirth: true,
  gender: true,
  address: true,
  sourceDetail: true,
  scoreBreakdown: true,
  scoredAt: true,
  preferredDoctor: person,
  preferredDate: true,
  notes: true,
  lostReason: true,
  statusChangedAt: true,
  doNotMarket: true,
  campaignId: true,
  convertedAt: true,
  convertedToPatient: { select: { id: true, mrn: true, firstName: true, lastName: true } },
  createdBy: person,
} as const satisfies Prisma.CRMLeadSelect;

type WithTagLinks = { tags: Array<{ tag: { id: string; name: string; color: string } }> };

/** Flattens the tag join rows into `tags: [{ id, name, color }]` as the seed's response shows. */
export function toLeadView<T extends WithTagLinks>(lead: T): Omit<T, 'tags'> & { tags: Array<{ id: string; name: string; color: string }> } {
  return { ...lead, tags: lead.tags.map((link) => link.tag) };
}
