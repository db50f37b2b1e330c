import { Controller, Get, HttpStatus } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth';
import { ApiError } from '../common/envelope';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import type { Connection } from '@temporalio/client';
import { InjectTemporalProbe } from '../common/temporal/temporal.module';

type Check = { status: 'up' | 'down'; latencyMs: number; error?: string };

const TIMEOUT_MS = 2_000;

async function timed(fn: () => Promise<unknown>): Promise<Check> {
  const started = performance.now();
  try {
    await Promise.race([fn(), new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS))]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: 'down', latencyMs: Math.round(performance.now() - started), error: (error as Error).message.split('\n')[0] };
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @InjectTemporalProbe() private readonly temporal: Connection,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ description: 'Database and Temporal are both reachable' })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down; the body says which' })
  async check() {
    const [database, temporal] = await Promise.all([
      timed(() => this.prisma.$queryRaw`SELECT 1`),
      timed(() => this.temporal.withDeadline(Date.now() + TIMEOUT_MS, () => this.temporal.healthService.check({}))),
    ]);
    const checks = { database, temporal };
    const down = Object.entries(checks)
      .filter(([, c]) => c.status === 'down')
      .map(([name]) => name);
    if (down.length) {
      throw new ApiError(HttpStatus.SERVICE_UNAVAILABLE, 'SERVICE_UNAVAILABLE', `Unavailable: ${down.join(', ')}`, { checks });
    }
    return { status: 'ok', checks };
  }
}
