import type { PrismaClient } from '@hospital-crm/db';
import { createLeadScoreActivities } from './lead-score.activities';
import { createScoreBatchActivities } from './score-batch.activities';
import { createLeadImportActivities } from './lead-import.activities';
import { createTaskActivities } from './task.activities';

export interface ActivityDependencies {
  prisma: PrismaClient;
}

/** Every activity the worker registers, built from its dependencies (no module-level state). */
export function createActivities({ prisma }: ActivityDependencies) {
  return {
    ...createLeadScoreActivities(prisma),
    ...createScoreBatchActivities(prisma),
    ...createLeadImportActivities(prisma),
    ...createTaskActivities(prisma),
  };
}

export type Activities = ReturnType<typeof createActivities>;
