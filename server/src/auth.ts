// Who may write spans (ingest keys, each bound to apps) and who may look or change state (API tokens, two roles).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { ValidationError } from '@sentinel/graph';
import type { SentinelConfig } from './config.ts';
import { ForbiddenError, UnauthorizedError } from './errors.ts';

export type Role = 'admin' | 'read';

/** Keys and tokens are kept only as SHA-256 hashes: a memory dump or a log line never shows one. */
const hash = (secret: string): string => createHash('sha256').update(secret).digest('hex');

const keysFileSchema = z.strictObject({
  keys: z.array(
    z
      .strictObject({
        /** The key itself, or its hash as `sha256:<hex>` so the file holds no secret. */
        key: z.string().min(16, 'keys must be at least 16 characters').optional(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256').optional(),
        apps: z.union([z.literal('*'), z.array(z.string().min(1))]),
        name: z.string().optional(),
      })
      .refine((k) => !!k.key !== !!k.sha256, 'give exactly one of key or sha256'),
  ),
});

export interface Auth {
  /** True when ingest needs a key. */
  ingestRequired: boolean;
  /** True when the API, socket.io and dashboard need a token. */
  apiRequired: boolean;
  /** Apps the presented key may write (undefined = every app). Throws UnauthorizedError. */
  ingest(credential: string | undefined): Set<string> | undefined;
  /** The role of the presented token. Throws UnauthorizedError. */
  api(credential: string | undefined): Role;
  /** Throws ForbiddenError unless the role may change state. */
  requireAdmin(role: Role): void;
}

/** Reads the bearer credential from `Authorization: Bearer X` (also `api-key`/`x-api-key` headers, as some OTLP setups send). */
export function bearer(headers: Record<string, string | string[] | undefined>): string | undefined {
  const h = headers.authorization ?? headers.Authorization;
  const v = Array.isArray(h) ? h[0] : h;
  if (v) {
    const m = /^Bearer\s+(.+)$/i.exec(v.trim());
    return m ? m[1].trim() : v.trim();
  }
  const k = headers['x-api-key'] ?? headers['api-key'];
  return (Array.isArray(k) ? k[0] : k)?.trim() || undefined;
}

const splitList = (v: string | undefined): string[] => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);

export function createAuth(config: Pick<SentinelConfig, 'ingestKeys' | 'ingestKeysFile' | 'adminTokens' | 'readTokens'>): Auth {
  const ingestKeys = new Map<string, Set<string> | '*'>();
  for (const k of splitList(config.ingestKeys)) ingestKeys.set(hash(k), '*');
  if (config.ingestKeysFile) {
    let doc: unknown;
    try {
      doc = parse(readFileSync(config.ingestKeysFile, 'utf8'));
    } catch (err) {
      throw new ValidationError(`createAuth: cannot read ingest keys file ${config.ingestKeysFile}: ${(err as Error).message}`);
    }
    const parsed = keysFileSchema.safeParse(doc);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ValidationError(`createAuth: ${config.ingestKeysFile}: ${issue.path.join('.') || '(document)'}: ${issue.message}`);
    }
    for (const k of parsed.data.keys) ingestKeys.set(k.sha256 ?? hash(k.key!), k.apps === '*' ? '*' : new Set(k.apps));
  }
  const tokens = new Map<string, Role>();
  for (const t of splitList(config.readTokens)) tokens.set(hash(t), 'read');
  for (const t of splitList(config.adminTokens)) tokens.set(hash(t), 'admin');

  return {
    ingestRequired: ingestKeys.size > 0,
    apiRequired: tokens.size > 0,
    ingest(credential) {
      if (ingestKeys.size === 0) return undefined;
      if (!credential) throw new UnauthorizedError('ingest needs an API key: send "Authorization: Bearer <key>" (OTEL_EXPORTER_OTLP_HEADERS=authorization=Bearer%20<key>)');
      const apps = ingestKeys.get(hash(credential));
      if (!apps) throw new UnauthorizedError('unknown ingest API key');
      return apps === '*' ? undefined : apps;
    },
    api(credential) {
      if (tokens.size === 0) return 'admin';
      if (!credential) throw new UnauthorizedError('this Sentinel needs a token: send "Authorization: Bearer <token>"');
      const role = tokens.get(hash(credential));
      if (!role) throw new UnauthorizedError('unknown token');
      return role;
    },
    requireAdmin(role) {
      if (role !== 'admin') throw new ForbiddenError('this token is read-only; acknowledging alerts, editing policy and asking the judge need an admin token');
    },
  };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

export function isLoopback(host: string): boolean {
  return LOOPBACK.test(host);
}

/**
 * Binding beyond loopback without credentials would expose ingest and the dashboard to the
 * network: refuse, with the fix in the message.
 */
export function checkExposure(host: string, auth: Auth): void {
  if (isLoopback(host)) return;
  const missing = [!auth.ingestRequired && 'ingest keys (SENTINEL_INGEST_KEYS or --ingest-keys-file)', !auth.apiRequired && 'dashboard/API tokens (SENTINEL_ADMIN_TOKENS)'].filter(Boolean);
  if (missing.length > 0) {
    throw new ValidationError(`refusing to listen on ${host} without authentication: configure ${missing.join(' and ')}, or bind to 127.0.0.1`);
  }
}
