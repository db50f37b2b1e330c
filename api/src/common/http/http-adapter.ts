import { HttpException } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config/configuration';
import { mapError } from '../envelope/error-mapping';

/** The largest JSON or form body, as Express's "1mb" was. */
export const BODY_LIMIT = 1024 * 1024;
// Node's own defaults, which the Express app ran with (Fastify's are 72 s and none).
const KEEP_ALIVE_TIMEOUT_MS = 5_000;
const REQUEST_TIMEOUT_MS = 300_000;
/** Signed-link tokens are long path parameters; Node refuses request lines longer than this anyway. */
const MAX_PARAM_LENGTH = 16 * 1024;

/** A URL Fastify's router cannot decode (bad percent-encoding) is a 400 in the envelope, as Express's was. */
function routerError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = mapError(new HttpException(error.message, error.statusCode ?? 400));
  void reply.status(status).send({ success: false, error: body });
}

/**
 * Fastify under Nest, set up to route and see clients as the Express app did: X-Forwarded-For is
 * believed only from the proxies TRUST_PROXY names (req.ip, which the rate limits key on), paths
 * match whatever their case and with a trailing slash, parameters may be as long as a URL, and
 * idle connections and slow requests time out as before.
 */
export function createHttpAdapter(config: Pick<AppConfig, 'trustProxy'>): FastifyAdapter {
  return new FastifyAdapter({
    trustProxy: config.trustProxy,
    bodyLimit: BODY_LIMIT,
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    requestTimeout: REQUEST_TIMEOUT_MS,
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: routerError,
  });
}
