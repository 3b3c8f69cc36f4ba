// Spans of apps the caller's key may not write are rejected in partial_success; the rest are accepted.
import type { DecodedBatch } from './decoded-export.ts';

export function rejectForbiddenApps(decoded: DecodedBatch, allowed: Set<string> | undefined): void {
  if (!allowed) return;
  const before = decoded.spans.length;
  const denied = new Set<string>();
  decoded.spans = decoded.spans.filter((s) => {
    const app = String(s.resource['service.name'] ?? 'unknown_service');
    if (allowed.has(app)) return true;
    denied.add(app);
    return false;
  });
  const n = before - decoded.spans.length;
  if (n > 0) {
    decoded.rejectedSpans += n;
    decoded.errors.push(`${n} spans rejected: this key may not write app(s) ${[...denied].map((a) => JSON.stringify(a)).join(', ')}`);
  }
}
