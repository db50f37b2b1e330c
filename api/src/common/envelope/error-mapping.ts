import { HttpException, HttpStatus } from '@nestjs/common';
import { IllegalTransitionError, MissingLostReasonError } from '@hospital-crm/domain';
import { ApiError, type ErrorBody, type ErrorCode } from './api-error';

export interface MappedError {
  status: number;
  body: ErrorBody;
  /** Unexpected errors are logged with their stack; expected ones are not. */
  unexpected: boolean;
}

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

// Prisma / driver-adapter error codes that mean "the database is not there right now".
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const UNAVAILABLE_ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'DatabaseDoesNotExist', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

function prismaError(error: { code?: string; meta?: Record<string, unknown> }): MappedError | null {
  switch (error.code) {
    case 'P2002':
      return {
        status: 409,
        body: { code: 'CONFLICT', message: 'A record with the same unique values already exists', details: error.meta?.target ?? error.meta },
        unexpected: false,
      };
    case 'P2025':
      return { status: 404, body: { code: 'NOT_FOUND', message: 'The record was not found' }, unexpected: false };
    case 'P2003':
      return { status: 422, body: { code: 'UNPROCESSABLE', message: 'A referenced record does not exist' }, unexpected: false };
    default:
      return error.code && UNAVAILABLE_PRISMA_CODES.has(error.code) ? unavailable() : null;
  }
}

function unavailable(): MappedError {
  return { status: 503, body: { code: 'SERVICE_UNAVAILABLE', message: 'The database is unavailable; try again shortly' }, unexpected: false };
}

// Messages of errors that carry no code while PostgreSQL goes away, all seen while `pg_ctl stop` ran
// under load: pg's pooled client whose socket broke ("... is not queryable"), the socket closing
// mid-query, the server's 57P01 wrapped by Prisma as P2039, and Prisma's interactive transaction
// that found no connection in time (P2028 "Unable to start a transaction in the given time").
const UNAVAILABLE_MESSAGES =
  /DatabaseNotReachable|ECONNREFUSED|Connection terminated|terminating connection|is not queryable|Unable to start a transaction in the given time/;

function isDatabaseDown(error: unknown): boolean {
  const e = error as { name?: string; cause?: { kind?: string }; code?: string; message?: string };
  if (e?.cause?.kind && UNAVAILABLE_ADAPTER_KINDS.has(e.cause.kind)) return true;
  if (e?.code && ['ECONNREFUSED', 'ECONNRESET', '57P01', '57P03'].includes(e.code)) return true;
  return UNAVAILABLE_MESSAGES.test(e?.message ?? '');
}

/** Turns anything thrown while handling a request into a status and error envelope body. */
export function mapError(error: unknown): MappedError {
  if (error instanceof ApiError) {
    return { status: error.getStatus(), body: { code: error.code, message: error.message, details: error.details }, unexpected: false };
  }
  // The domain's state machines speak for themselves: their messages are written for people.
  if (error instanceof IllegalTransitionError) {
    return { status: 409, body: { code: 'ILLEGAL_TRANSITION', message: error.message, details: { from: error.from, to: error.to } }, unexpected: false };
  }
  if (error instanceof MissingLostReasonError) {
    return {
      status: 422,
      body: { code: 'UNPROCESSABLE', message: error.message, details: [{ field: 'reason', messages: [error.message] }] },
      unexpected: false,
    };
  }
  // Fastify refuses a body over its parser's limit before any handler runs; Nest hands it on as an HttpException.
  if (error instanceof HttpException && error.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) {
    return { status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' }, unexpected: false };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse() as string | { message?: string | string[] };
    const raw = typeof response === 'string' ? response : response.message;
    const message = Array.isArray(raw) ? raw.join('; ') : (raw ?? error.message);
    return { status, body: { code: CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED'), message }, unexpected: status >= 500 };
  }
  const mapped = prismaError(error as { code?: string; meta?: Record<string, unknown> });
  if (mapped) return mapped;
  if (isDatabaseDown(error)) return unavailable();
  return { status: HttpStatus.INTERNAL_SERVER_ERROR, body: { code: 'INTERNAL', message: 'Something went wrong on our side' }, unexpected: true };
}
