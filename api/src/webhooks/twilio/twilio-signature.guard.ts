import { CanActivate, ExecutionContext, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { validateRequest } from 'twilio';
import { ApiError } from '../../common/envelope';
import { headerValue } from '../../common/http/header-value';
import { webhooksConfig, type WebhooksConfig } from '../webhooks.config';

const forbidden = (message: string) => new ApiError(HttpStatus.FORBIDDEN, 'FORBIDDEN', message);

/**
 * Lets a request through only when its X-Twilio-Signature is Twilio's HMAC of the URL Twilio
 * called (PUBLIC_API_URL + the path and query) and the form parameters, under TWILIO_AUTH_TOKEN.
 */
@Injectable()
export class TwilioSignatureGuard implements CanActivate {
  private readonly logger = new Logger(TwilioSignatureGuard.name);

  constructor(@Inject(webhooksConfig.KEY) private readonly config: WebhooksConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const token = this.config.twilioAuthToken;
    if (!token) {
      this.logger.warn(`Twilio called ${request.routeOptions.url}, but TWILIO_AUTH_TOKEN is not set: refused`);
      throw forbidden('Twilio webhooks are not configured on this server');
    }
    const signature = headerValue(request.headers, 'x-twilio-signature');
    const params = typeof request.body === 'object' && request.body !== null ? (request.body as Record<string, unknown>) : {};
    const url = `${this.config.publicApiUrl}${request.originalUrl}`;
    if (!signature || !validateRequest(token, signature, url, params)) {
      this.logger.warn(`refused a ${request.routeOptions.url} call whose Twilio signature does not match ${url}`);
      throw forbidden('The Twilio signature is not valid');
    }
    return true;
  }
}
