import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { map, type Observable } from 'rxjs';

const RAW_RESPONSE = 'rawResponse';
/** Marks a handler whose response is not JSON data (CSV, pixels, redirects). */
export const RawResponse = () => SetMetadata(RAW_RESPONSE, true);

/** Wraps handler results as `{ success: true, data }`, the seed's response envelope. */
@Injectable()
export class SuccessEnvelopeInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (this.reflector.getAllAndOverride<boolean>(RAW_RESPONSE, [context.getHandler(), context.getClass()])) {
      return next.handle();
    }
    return next.handle().pipe(map((data: unknown) => ({ success: true, data: data ?? null })));
  }
}
