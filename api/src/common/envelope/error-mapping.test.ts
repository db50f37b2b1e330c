import { BadRequestException, ForbiddenException, HttpException, HttpStatus, NotFoundException } from '@nestjs/common';
import { LEAD_TRANSITIONS, MissingLostReasonError } from '@hospital-crm/domain';
import { Prisma } from '@hospital-crm/db';
import { ApiError } from './api-error';
import { mapError } from './error-mapping';

function illegal() {
  try {
    LEAD_TRANSITIONS.assertMove('CONVERTED', 'NEW');
  } catch (error) {
    return error;
  }
  throw new Error('expected the move to be refused');
}

describe('mapError', () => {
  it.each([
    ['an ApiError, as it is', new ApiError(HttpStatus.CONFLICT, 'CONFLICT', 'Duplicate lead', { id: 'x' }), 409, 'CONFLICT', 'Duplicate lead'],
    ["Nest's 404 for an unknown route", new NotFoundException('Cannot GET /nope'), 404, 'NOT_FOUND', 'Cannot GET /nope'],
    ["Nest's 403", new ForbiddenException(), 403, 'FORBIDDEN', 'Forbidden'],
    ['a bad request with several messages', new BadRequestException(['a is bad', 'b is bad']), 400, 'VALIDATION_FAILED', 'a is bad; b is bad'],
    ['an illegal pipeline move', illegal(), 409, 'ILLEGAL_TRANSITION', 'A lead cannot move from CONVERTED to NEW'],
    ['LOST without a reason', new MissingLostReasonError('NEW'), 422, 'UNPROCESSABLE', 'A reason is required to mark a lead as LOST'],
    [
      "Fastify's refusal of a too-large body, as Nest hands it on",
      new HttpException('Request body is too large', HttpStatus.PAYLOAD_TOO_LARGE),
      413,
      'PAYLOAD_TOO_LARGE',
      'The request body is too large',
    ],
    [
      'a unique violation',
      Object.assign(new Error('Unique constraint failed'), { code: 'P2002', meta: { target: ['email'] } }),
      409,
      'CONFLICT',
      'A record with the same unique values already exists',
    ],
    ['a missing record', Object.assign(new Error('not found'), { code: 'P2025' }), 404, 'NOT_FOUND', 'The record was not found'],
    [
      'an unreachable database',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      503,
      'SERVICE_UNAVAILABLE',
      'The database is unavailable; try again shortly',
    ],
    [
      'a driver adapter outage',
      Object.assign(new Error('DatabaseNotReachable'), { name: 'DriverAdapterError', cause: { kind: 'DatabaseNotReachable' } }),
      503,
      'SERVICE_UNAVAILABLE',
      'The database is unavailable; try again shortly',
    ],
  ])('maps %s', (_case, error, status, code, message) => {
    const mapped = mapError(error);
    expect(mapped.status).toBe(status);
    expect(mapped.body.code).toBe(code);
    expect(mapped.body.message).toBe(message);
    expect(mapped.unexpected).toBe(false);
  });

  it('hides the details of an unexpected error and flags it for the log', () => {
    const mapped = mapError(new TypeError("Cannot read properties of undefined (reading 'secret')"));
    expect(mapped).toEqual({ status: 500, body: { code: 'INTERNAL', message: 'Something went wrong on our side' }, unexpected: true });
  });

  // What the API's Prisma client threw while `pg_ctl stop -m fast|immediate` ran under load
  // (chaos/postgres-restart): each was a bare 500 before it was listed here.
  const prismaError = (message: string, code: string, cause: Record<string, unknown>) =>
    new Prisma.PrismaClientKnownRequestError(message, {
      code,
      clientVersion: Prisma.prismaVersion.client,
      meta: { driverAdapterError: { name: 'DriverAdapterError', cause } },
    });
  it.each([
    ["pg's pooled client after its socket broke", new Error('Client has encountered a connection error and is not queryable')],
    ["pg's client closed under the query", new Error('Client was closed and is not queryable')],
    ['the socket closing mid-query', new Error('Connection terminated unexpectedly')],
    [
      'an interactive transaction with no connection in time (P2028)',
      new Prisma.PrismaClientKnownRequestError('Transaction API error: Unable to start a transaction in the given time.', {
        code: 'P2028',
        clientVersion: Prisma.prismaVersion.client,
      }),
    ],
    [
      "the server's shutdown (57P01) wrapped as P2039",
      prismaError('Database error. Code: `57P01`. Message: `terminating connection due to administrator command`', 'P2039', {
        kind: 'postgres',
        code: '57P01',
        message: 'terminating connection due to administrator command',
      }),
    ],
    ['an unreachable server (P1001)', prismaError("Can't reach database server at 127.0.0.1:54471", 'P1001', { kind: 'DatabaseNotReachable' })],
  ])('answers 503 SERVICE_UNAVAILABLE for %s', (_case, error) => {
    expect(mapError(error)).toEqual({
      status: 503,
      body: { code: 'SERVICE_UNAVAILABLE', message: 'The database is unavailable; try again shortly' },
      unexpected: false,
    });
  });

  it('keeps other transaction errors as they are: a closed transaction is our bug, not an outage', () => {
    const closed = new Prisma.PrismaClientKnownRequestError('Transaction API error: Transaction already closed', {
      code: 'P2028',
      clientVersion: Prisma.prismaVersion.client,
    });
    expect(mapError(closed).status).toBe(500);
  });
});
