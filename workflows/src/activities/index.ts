import type { BodyCipher, PrismaClient } from '@hospital-crm/db';
import type { SendableChannel } from '@hospital-crm/domain';
import type { Channel } from '../channels/channel';
import { createCommunicationActivities, type UnsubscribeLinks } from './communications';
import { createCampaignActivities } from './campaigns';
import { createLeadScoreActivities } from './lead-score.activities';
import { createScoreBatchActivities } from './score-batch.activities';
import { createLeadImportActivities } from './lead-import.activities';
import { createTaskActivities } from './task.activities';
import { createSurveyActivities } from './survey.activities';

export interface ActivityDependencies {
  prisma: PrismaClient;
  /** Seals and opens message bodies at rest. */
  cipher: BodyCipher;
  /** The providers, one per sendable channel. */
  channels: Record<SendableChannel, Channel>;
  unsubscribeLinks: UnsubscribeLinks;
}

/** Every activity the worker registers, built from its dependencies (no module-level state). */
export function createActivities(deps: ActivityDependencies) {
  const { prisma } = deps;
  return {
    ...createLeadScoreActivities(prisma),
    ...createScoreBatchActivities(prisma),
    ...createLeadImportActivities(prisma),
    ...createTaskActivities(prisma, deps.cipher),
    ...createCommunicationActivities(deps),
    ...createCampaignActivities(deps),
    ...createSurveyActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
