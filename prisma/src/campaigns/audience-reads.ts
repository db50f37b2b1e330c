import type { AudienceSpec, SendableChannel } from '@hospital-crm/domain';
import type { PrismaClient } from '../generated/prisma/client';
import { AUDIENCE_ORDER, audienceQuery, type AudienceRow } from './audience-query';

type Reader = Pick<PrismaClient, '$queryRaw'>;

export interface AudienceCount {
  total: number;
  patients: number;
  leads: number;
}

/** One audience member as the campaign builder shows it. */
export interface AudienceSample {
  contactType: AudienceRow['contact_type'];
  leadId: string | null;
  patientId: string | null;
  address: string;
  firstName: string;
  lastName: string;
}

/** How many people the audience reaches on the channel, in total and by contact type. */
export async function countAudience(prisma: Reader, hospitalId: string, channel: SendableChannel, spec: AudienceSpec): Promise<AudienceCount> {
  const [row] = await prisma.$queryRaw<Array<{ patients: number; leads: number }>>`
    SELECT count(*) FILTER (WHERE a.contact_type = 'PATIENT')::int AS patients, count(*) FILTER (WHERE a.contact_type = 'LEAD')::int AS leads
    FROM (${audienceQuery(hospitalId, channel, spec, { ordered: false })}) a`;
  return { total: row.patients + row.leads, patients: row.patients, leads: row.leads };
}

/** The first `limit` members of the audience (the order the campaign sends in), with their names. */
export async function sampleAudience(
  prisma: Reader,
  hospitalId: string,
  channel: SendableChannel,
  spec: AudienceSpec,
  limit: number,
): Promise<AudienceSample[]> {
  const rows = await prisma.$queryRaw<Array<AudienceRow & { first_name: string; last_name: string }>>`
    SELECT a.*, coalesce(p."firstName", l."firstName") AS first_name, coalesce(p."lastName", l."lastName") AS last_name
    FROM (${audienceQuery(hospitalId, channel, spec)}) a
    LEFT JOIN "Patient" p ON p.id = a.patient_id
    LEFT JOIN "CRMLead" l ON l.id = a.lead_id
    ORDER BY ${AUDIENCE_ORDER}
    LIMIT ${Math.max(0, Math.trunc(limit))}`;
  return rows.map((r) => ({
    contactType: r.contact_type,
    leadId: r.lead_id,
    patientId: r.patient_id,
    address: r.address,
    firstName: r.first_name,
    lastName: r.last_name,
  }));
}
