import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { concatMap, type Observable } from 'rxjs';
import type { AuthUser } from '../../common/auth';
import { invalidateDashboard } from './dashboard-invalidation';

/** Resources whose writes move a dashboard number: leads, tasks, messages, campaigns, surveys. */
const WRITES_THAT_MOVE_METRICS = /^\/api\/v1\/crm\/(leads|tasks|communications|campaigns|surveys|integrations\/leads)(\/|$)/;
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type WriteRequest = FastifyRequest & { user?: AuthUser; apiKey?: { hospitalId: string } };

/**
 * After a successful write under those paths, drops the hospital's cached dashboard before the
 * response goes out, so the very next dashboard read is fresh. Failed writes change nothing.
 */
@Injectable()
export class InvalidateOnWriteInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<WriteRequest>();
    if (READ_METHODS.has(request.method) || !WRITES_THAT_MOVE_METRICS.test(request.routeOptions.url ?? '')) return next.handle();
    return next.handle().pipe(
      concatMap(async (body: unknown) => {
        const hospitalId = request.user?.hospitalId ?? request.apiKey?.hospitalId;
        if (hospitalId) await invalidateDashboard(hospitalId);
        return body;
      }),
    );
  }
}
