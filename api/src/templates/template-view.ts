import type { Prisma } from '@hospital-crm/db';

const person = { select: { id: true, firstName: true, lastName: true } } as const;

export const templateSelect = {
  id: true,
  name: true,
  channel: true,
  category: true,
  subject: true,
  content: true,
  variables: true,
  isActive: true,
  createdAt: true,
  updatedAt: true,
  createdBy: person,
} as const satisfies Prisma.CRMTemplateSelect;

export type TemplateView = Prisma.CRMTemplateGetPayload<{ select: typeof templateSelect }>;
