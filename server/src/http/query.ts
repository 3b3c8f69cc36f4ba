// Query-string parsing for the REST API: typed values or a ValidationError naming the parameter.
import { SEVERITY_RANK, ValidationError, type Severity } from '@sentinel/graph';
import type { AlertStatus } from '../contract/api-types.ts';

type Query = Record<string, unknown>;

export function qString(q: Query, name: string, max = 512): string | undefined {
  const v = q[name];
  if (v === undefined || v === '') return undefined;
  if (Array.isArray(v)) throw new ValidationError(`query parameter ${name} is given ${v.length} times: give it once`);
  if (typeof v !== 'string' || v.length > max) throw new ValidationError(`query parameter ${name} must be a string of at most ${max} characters`);
  return v;
}

export function qInt(q: Query, name: string, min: number, max: number): number | undefined {
  const v = qString(q, name);
  if (v === undefined) return undefined;
  // Decimal digits only: Number() also reads "1e2", "0x10" and "  10".
  const n = /^-?\d{1,15}$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new ValidationError(`query parameter ${name} must be an integer in [${min}, ${max}], got ${JSON.stringify(v)}`);
  return n;
}

export function qBool(q: Query, name: string): boolean | undefined {
  const v = qString(q, name);
  if (v === undefined) return undefined;
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw new ValidationError(`query parameter ${name} must be true or false, got ${JSON.stringify(v)}`);
}

/** An ISO 8601 date or time (a date is its midnight UTC; a time without a zone is UTC). */
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;
/** 2001-09-09 in epoch milliseconds: a smaller number is almost surely seconds, not the 1970s. */
const MIN_EPOCH_MS = 1e12;

/**
 * A time bound: ISO 8601 or epoch milliseconds, read strictly (`Date` alone takes "hello 2099" for 2099, rolls
 * 2026-02-30 into March and reads epoch seconds as January 1970). Returned as the ISO text the store compares.
 */
export function qTime(q: Query, name: string): string | undefined {
  const v = qString(q, name);
  if (v === undefined) return undefined;
  const bad = (why: string) => new ValidationError(`query parameter ${name} must be an ISO 8601 time (2026-03-01T12:00:00Z) or epoch milliseconds${why}, got ${JSON.stringify(v)}`);
  let t: Date;
  if (/^\d{1,15}$/.test(v)) {
    if (Number(v) < MIN_EPOCH_MS) throw bad(' (this looks like seconds)');
    t = new Date(Number(v));
  } else {
    const m = ISO_TIME.exec(v);
    if (!m) throw bad('');
    const [, y, mo, d, h = '00', mi = '00', sec = '00'] = m;
    t = new Date(m[4] !== undefined && m[7] === undefined ? `${v.replace(' ', 'T')}Z` : v.replace(' ', 'T'));
    // The fields as written, not rolled over into the next month or day.
    if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > daysIn(Number(y), Number(mo)) || Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59) throw bad(' (no such date or time)');
  }
  if (Number.isNaN(t.getTime()) || t.getUTCFullYear() > 9999) throw bad('');
  return t.toISOString();
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function qEnum<T extends string>(q: Query, name: string, values: readonly T[]): T | undefined {
  const v = qString(q, name);
  if (v === undefined) return undefined;
  if (!values.includes(v as T)) throw new ValidationError(`query parameter ${name} must be one of ${values.join(', ')}, got ${JSON.stringify(v)}`);
  return v as T;
}

export const SEVERITIES = Object.keys(SEVERITY_RANK) as Severity[];
export const ALERT_STATUSES: readonly AlertStatus[] = ['open', 'acknowledged', 'resolved'];
