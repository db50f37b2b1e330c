import formBody from '@fastify/formbody';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../envelope/api-error';
import { BODY_LIMIT } from './http-adapter';
import { readText } from './text-body';

/** Lead import: the CSV file is the body. */
const CSV_LIMIT = 10 * 1024 * 1024;
// Only an object or an array at the top, as Express's JSON parser ("strict") allowed.
const JSON_CONTAINER = /^[ \t\n\r]*[{[]/;

const notJson = () => ApiError.badRequest('The request body is not valid JSON');

/**
 * The JSON body parser the Express app had: an empty body is `{}`, anything but an object or an
 * array at the top is refused, and so (unlike Express) are `__proto__` and `constructor` keys.
 */
export function jsonBodyParser(fastify: FastifyInstance): (request: FastifyRequest, text: string) => unknown {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  return (request, text) => {
    if (text.length === 0) return {};
    if (!JSON_CONTAINER.test(text)) throw notJson();
    let failed = false;
    let value: unknown;
    // The default parser answers synchronously.
    parse(request, text, (error, parsed) => {
      failed = !!error;
      value = parsed;
    });
    if (failed) throw notJson();
    return value;
  };
}

/**
 * The bodies the API reads: JSON and forms up to 1 MB, CSV up to 10 MB, and text on the routes
 * marked @TextBody. Any other type is left unread (the handler sees no body), as with Express.
 */
export async function registerBodyParsers(fastify: FastifyInstance): Promise<void> {
  const parseJson = jsonBodyParser(fastify);
  fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (request, text, done) => {
    let value: unknown;
    try {
      value = parseJson(request, text as string);
    } catch (error) {
      return done(error as Error, undefined);
    }
    done(null, value);
  });
  await fastify.register(formBody, { bodyLimit: BODY_LIMIT });
  fastify.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: CSV_LIMIT }, (_request, text, done) => done(null, text));
  fastify.removeContentTypeParser('text/plain');
  fastify.addContentTypeParser('*', (request, payload, done) => {
    const limit = request.routeOptions.config.textBodyLimit;
    if (limit === undefined) return done(null, undefined);
    readText(request, payload, limit).then(
      (text) => done(null, text),
      (error: Error) => done(error, undefined),
    );
  });
}
