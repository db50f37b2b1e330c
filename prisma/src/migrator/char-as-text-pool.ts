import pg from 'pg';

const PG_CHAR_OID = 18; // PostgreSQL's internal one-byte "char" type
const PG_TEXT_OID = 25;

type QueryCallback = (err: Error | null, result?: pg.QueryResult) => void;

/**
 * The schema engine's introspection selects catalog columns of type "char", which
 * @prisma/adapter-pg cannot map. Reporting them as text is lossless (they are single
 * ASCII letters) and is only ever used by the migration runner, never by the app.
 */
class CharAsTextClient extends pg.Client {
  // pg's overloads are not expressible on a subclass; the runtime contract is (config, values?, callback?).
  override query(...args: unknown[]): never {
    const [config, maybeValues, maybeCallback] = args as [unknown, unknown, unknown];
    const callback = (typeof maybeValues === 'function' ? maybeValues : maybeCallback) as QueryCallback | undefined;
    const values = typeof maybeValues === 'function' ? undefined : maybeValues;
    if (config && typeof (config as { submit?: unknown }).submit === 'function') {
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const promise = (super.query as (c: unknown, v: unknown) => Promise<pg.QueryResult>)(config, values).then((result) => {
      for (const field of result.fields ?? []) {
        if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
      }
      return result;
    });
    if (callback) {
      promise.then(
        (r) => callback(null, r),
        (e: Error) => callback(e),
      );
      return undefined as never;
    }
    return promise as never;
  }
}

export function createMigrationPool(connectionString: string): pg.Pool {
  return new pg.Pool({ connectionString, Client: CharAsTextClient, max: 2 });
}
