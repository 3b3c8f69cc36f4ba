// Query-string parsing for the REST API: typed values or a ValidationError naming the parameter.
import { SEVERITY_RANK, ValidationError, type Severity } from '@sentinel/graph';
import type { AlertStatus } from '../contract/api-types.ts';

type Query = Record<string, unknown>;

export function qString(q: Query, name: string, max = 512): string | undefined {
  const v = q[name];
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'string' || v.length > max) throw new ValidationError(`query parameter ${name} must be a string of at most ${max} characters`);
  return v;
}

export function qInt(q: Query, name: string, min: number, max: number): number | undefined {
  const v = qString(q, name);
  if (v === undefined) return undefined;
  const n = Number(v);
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

export function qTime(q: Query, name: string): string | undefined {
  const v = qString(q, name);
  if (v === undefined) return undefined;
  const t = /^\d+$/.test(v) ? new Date(Number(v)) : new Date(v);
  if (Number.isNaN(t.getTime())) throw new ValidationError(`query parameter ${name} must be an ISO time or epoch milliseconds, got ${JSON.stringify(v)}`);
  return t.toISOString();
}

export function qEnum<T extends string>(q: Query, name: string, values: readonly T[]): T | undefined {
  const v = qString(q, name);
  if (v === undefined) return undefined;
  if (!values.includes(v as T)) throw new ValidationError(`query parameter ${name} must be one of ${values.join(', ')}, got ${JSON.stringify(v)}`);
  return v as T;
}

export const SEVERITIES = Object.keys(SEVERITY_RANK) as Severity[];
export const ALERT_STATUSES: readonly AlertStatus[] = ['open', 'acknowledged', 'resolved'];
