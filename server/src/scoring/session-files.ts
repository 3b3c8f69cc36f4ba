// OTLP files (JSON or protobuf, optionally gzipped) → finished session graphs, offline (baseline build, eval).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { SessionGraph, TraceSessions, ValidationError, normalizeSpan, type AgentSpan } from '@sentinel/graph';
import { decodeJsonExport, decodeProtobufExport } from '../otlp/index.ts';
import type { ReplayFile } from '../cli/replay-files.ts';

/** Decodes one OTLP file into normalized spans. Throws ValidationError when the file cannot be read as OTLP. */
export function readSpans(file: ReplayFile, maxContentChars?: number): AgentSpan[] {
  let body: Buffer = readFileSync(file.path);
  if (file.gzip) body = gunzipSync(body);
  try {
    const decoded = file.contentType === 'application/json' ? decodeJsonExport(body) : decodeProtobufExport(body);
    const spans = decoded.spans.map((s) => normalizeSpan(s, { maxContentChars }));
    new TraceSessions().assign(spans);
    return spans;
  } catch (err) {
    throw new ValidationError(`readSpans: ${file.path}: ${(err as Error).message}`);
  }
}

/**
 * Builds one graph per session from spans in any order, then flushes (spans whose parent never
 * came are placed as orphans, as the live pipeline does on its flush timeout). O(spans · log).
 */
export function buildGraphs(spans: Iterable<AgentSpan>): Map<string, SessionGraph> {
  const graphs = new Map<string, SessionGraph>();
  for (const s of spans) {
    let g = graphs.get(s.sessionId);
    if (!g) graphs.set(s.sessionId, (g = new SessionGraph(s.sessionId, s.app)));
    g.add(s);
  }
  for (const g of graphs.values()) g.flush();
  return graphs;
}
