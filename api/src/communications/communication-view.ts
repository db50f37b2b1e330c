import type { BodyCipher, Prisma } from '@hospital-crm/db';

const person = { select: { id: true, firstName: true, lastName: true } } as const;

export const communicationSelect = {
  id: true,
  channel: true,
  direction: true,
  status: true,
  subject: true,
  body: true,
  bodyKeyId: true,
  toAddress: true,
  fromAddress: true,
  outcome: true,
  durationSeconds: true,
  notes: true,
  isMarketing: true,
  provider: true,
  providerMessageId: true,
  failureReason: true,
  scheduledFor: true,
  queuedAt: true,
  sentAt: true,
  deliveredAt: true,
  readAt: true,
  respondedAt: true,
  failedAt: true,
  cancelledAt: true,
  createdAt: true,
  lead: { select: { id: true, leadNumber: true, firstName: true, lastName: true } },
  patient: { select: { id: true, mrn: true, firstName: true, lastName: true } },
  template: { select: { id: true, name: true } },
  campaign: { select: { id: true, name: true } },
  initiatedBy: person,
} as const satisfies Prisma.CRMCommunicationSelect;

type CommunicationRow = Prisma.CRMCommunicationGetPayload<{ select: typeof communicationSelect }>;
export type CommunicationView = Omit<CommunicationRow, 'bodyKeyId'>;

/** A row as the API shows it: the body opened with the key that sealed it, the key id left out. */
export function toCommunicationView({ bodyKeyId, ...row }: CommunicationRow, cipher: BodyCipher): CommunicationView {
  return { ...row, body: cipher.decrypt(row.body, bodyKeyId) };
}
