import { OPEN_LEAD_STATUSES } from '@hospital-crm/domain';
import type { Prisma } from '../generated/prisma/client';
import { nextLeadNumber } from './lead-number';

type Tx = Prisma.TransactionClient;

// searchText is PostgreSQL's (a generated column): never part of a new lead.
export type NewLead = Omit<Prisma.CRMLeadUncheckedCreateInput, 'id' | 'hospitalId' | 'leadNumber' | 'position' | 'createdById' | 'searchText'>;

/**
 * The one way a lead row is born, shared by the API and the import workflow: numbered inside
 * the caller's transaction, placed on top of the NEW column, with its LEAD_CREATED activity.
 */
export async function insertLead(tx: Tx, hospitalId: string, data: NewLead, createdById: string | null, activityTitle?: string) {
  const top = await tx.cRMLead.aggregate({ where: { hospitalId, status: 'NEW', deletedAt: null }, _min: { position: true } });
  const lead = await tx.cRMLead.create({
    data: {
      ...data,
      hospitalId,
      leadNumber: await nextLeadNumber(tx, hospitalId),
      createdById,
      position: (top._min.position ?? 1) - 1,
    },
    select: { id: true, leadNumber: true, firstName: true, lastName: true, source: true },
  });
  await tx.cRMActivity.create({
    data: { hospitalId, leadId: lead.id, activityType: 'LEAD_CREATED', title: activityTitle ?? `Lead created (${lead.source})`, performedById: createdById },
  });
  return lead;
}

/** An open lead of the hospital with the same phone or email, if any: what "duplicate" means. */
export function findOpenDuplicate(db: Pick<Tx, 'cRMLead'>, hospitalId: string, phone?: string | null, email?: string | null) {
  if (!phone && !email) return Promise.resolve(null);
  return db.cRMLead.findFirst({
    where: {
      hospitalId,
      deletedAt: null,
      status: { in: [...OPEN_LEAD_STATUSES] },
      OR: [...(phone ? [{ phone }] : []), ...(email ? [{ email }] : [])],
    },
    select: { id: true, leadNumber: true },
  });
}
