import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { mapError } from './error-mapping';

/** Every error leaves as `{ success: false, error: { code, message, details } }` with its HTTP status. */
@Catch()
export class ErrorEnvelopeFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { status, body, unexpected } = mapError(exception);
    if (unexpected) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (reply.sent) return;
    // JSON even where the handler had set another type (TwiML, HTML) before it failed.
    void reply.status(status).type('application/json; charset=utf-8').send({ success: false, error: body });
  }
}
