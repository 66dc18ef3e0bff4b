import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, isUniqueViolation } from './errors.js';

/** Drizzle wraps driver errors: the classification must look through `cause`. */
const wrapped = (cause: unknown) => Object.assign(new Error('Failed query: select 1\nparams: '), { cause });
const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code, severity: 'ERROR' });

describe('isDatabaseUnavailable', () => {
  it('recognises a database that is down, restarting, gone or too slow', () => {
    const faults = [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new Error('Connection terminated unexpectedly'),
      new Error('Connection terminated due to connection timeout'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Query read timeout'),
      new Error('Client has encountered a connection error and is not queryable'),
      pgError('57P01', 'terminating connection due to administrator command'),
      pgError('57P03', 'the database system is starting up'),
      pgError('08006'),
      pgError('57014', 'canceling statement due to statement timeout'),
      pgError('55P03', 'canceling statement due to lock timeout'),
      pgError('25P03', 'terminating connection due to idle-in-transaction timeout'),
    ];
    for (const fault of faults) {
      expect(isDatabaseUnavailable(fault), fault.message).toBe(true);
      expect(isDatabaseUnavailable(wrapped(fault)), fault.message).toBe(true);
    }
  });

  it('leaves bad statements, constraint violations and programming errors alone', () => {
    for (const err of [pgError('23505'), pgError('42P01'), pgError('22P02'), new TypeError('x is undefined'), 'text', null, undefined]) {
      expect(isDatabaseUnavailable(err)).toBe(false);
      expect(isDatabaseUnavailable(wrapped(err))).toBe(false);
    }
    expect(isUniqueViolation(wrapped(pgError('23505')))).toBe(true);
  });
});
