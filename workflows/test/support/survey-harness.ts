import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { createBodyCipher, createPrismaClient, type BodyCipher, type PrismaClient } from '@hospital-crm/db';
import { createSurveyActivities } from '../../src/activities/survey.activities';
import type { CommunicationState } from '../../src/shared/messages';
import type { StandInActivities } from './communication-stand-in.workflow';

const TEST_SERVER = path.resolve(__dirname, '..', '..', '..', '.data', 'venv', 'bin', 'temporal-test-server');
export const PUBLIC_API_URL = 'https://crm.hospital.test';

/** A message as the stand-in communication workflow was asked to send it (body decrypted). */
export interface SentMessage {
  communicationId: string;
  channel: string;
  toAddress: string | null;
  subject: string | null;
  body: string;
}

export interface SurveyHarness {
  env: TestWorkflowEnvironment;
  prisma: PrismaClient;
  cipher: BodyCipher;
  taskQueue: string;
  /** Every message handed to the communication workflow, in order. */
  sent: SentMessage[];
  /** Outcomes to report instead of 'sent', by recipient address. */
  outcomeFor: Map<string, CommunicationState>;
  withWorker: (fn: () => Promise<void>) => Promise<void>;
  now: () => Promise<number>;
  stop: () => Promise<void>;
}

/**
 * The time-skipping test server with a worker running the survey workflow, its real activities
 * on the test database, and the stand-in communication workflow (see communication-stand-in).
 */
export async function startSurveyHarness(): Promise<SurveyHarness> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: TEST_SERVER } } });
  const prisma = createPrismaClient({ url: process.env.DATABASE_URL!, poolSize: 4 });
  const cipher = createBodyCipher(`survey-test:${randomBytes(32).toString('base64')}`);
  const taskQueue = `survey-${randomUUID()}`;
  const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('./survey-test-workflows'), logger: new DefaultLogger('WARN') });
  const sent: SentMessage[] = [];
  const outcomeFor = new Map<string, CommunicationState>();
  const standIn: StandInActivities = {
    async standInSend(communicationId) {
      const row = await prisma.cRMCommunication.findUniqueOrThrow({ where: { id: communicationId } });
      sent.push({ communicationId, channel: row.channel, toAddress: row.toAddress, subject: row.subject, body: cipher.decrypt(row.body, row.bodyKeyId) ?? '' });
      return outcomeFor.get(row.toAddress ?? '') ?? { phase: 'sent' };
    },
  };
  const activities = { ...createSurveyActivities({ prisma, cipher, publicApiUrl: PUBLIC_API_URL }), ...standIn };
  return {
    env,
    prisma,
    cipher,
    taskQueue,
    sent,
    outcomeFor,
    withWorker: async (fn) => {
      // No sticky cache: a workflow left running by an earlier test moves on to this worker at once,
      // instead of waiting (with time skipping locked) on the finished worker's sticky queue.
      const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: { code }, activities, maxCachedWorkflows: 0 });
      await worker.runUntil(fn);
    },
    now: () => env.currentTimeMs(),
    stop: async () => {
      await env.teardown();
      await prisma.$disconnect();
    },
  };
}
