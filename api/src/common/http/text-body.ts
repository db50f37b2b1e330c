import { HttpStatus } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { ApiError } from '../envelope/api-error';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set by @TextBody. */
    textBodyLimit?: number;
  }
}

/**
 * On one route, a body of a type no parser of the app reads (text/plain, none given…) arrives as
 * text of at most `limit` bytes; elsewhere such a body is left unread. SNS posts its JSON as text/plain.
 */
export const TextBody = (limit: number) => RouteConfig({ textBodyLimit: limit });

export const bodyTooLarge = () => new ApiError(HttpStatus.PAYLOAD_TOO_LARGE, 'PAYLOAD_TOO_LARGE', 'The request body is too large');

/** Reads a request body as UTF-8 text; refuses it with 413 once it passes `limit` bytes. */
export function readText(request: FastifyRequest, payload: Readable, limit: number): Promise<string> {
  if (Number(request.headers['content-length']) > limit) return Promise.reject(bodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const stop = () => {
      payload.off('data', onData).off('end', onEnd).off('error', reject);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= limit) return void chunks.push(chunk);
      // The rest of the body still flows (resumed, unheard), so the 413 reaches the client.
      stop();
      reject(bodyTooLarge());
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    payload.on('data', onData).on('end', onEnd).on('error', reject);
    payload.resume();
  });
}
