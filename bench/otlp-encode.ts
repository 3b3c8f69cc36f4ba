// Fast OTLP/protobuf load for benchmarks: ExportTraceServiceRequest written with protobufjs' Writer from plain objects.
//
// Why not the OTel SDK (bench/workload.ts): it builds a Span, a ReadableSpan and a message object per
// span, a few thousand spans/s per core; an overload benchmark has to offer far more than the server
// takes from the same 2 cores. Field numbers: opentelemetry/proto collector/trace/v1, trace/v1,
// common/v1, resource/v1 (the same ones server/src/otlp/proto-decode.ts reads).
import protobuf from 'protobufjs/minimal.js';
import { randomBytes } from 'node:crypto';
import { SemanticConventions as OI } from '@arizeai/openinference-semantic-conventions';

type Writer = protobuf.Writer;

/** string → string_value, boolean → bool_value, integer → int_value, other number → double_value. */
export type PlainAttrValue = string | number | boolean;
export type PlainAttributes = Record<string, PlainAttrValue>;

export interface PlainSpan {
  traceId: Uint8Array; // 16 bytes
  spanId: Uint8Array; // 8 bytes
  parentSpanId?: Uint8Array;
  name: string;
  /** OTLP SpanKind (1 internal … 5 consumer); 0 is left out, as protobuf does for defaults. */
  kind?: number;
  startTimeUnixNano: bigint;
  endTimeUnixNano: bigint;
  attributes?: PlainAttributes;
  /** 0 unset, 1 ok, 2 error. */
  statusCode?: number;
  statusMessage?: string;
}

export interface PlainResourceSpans {
  resource: PlainAttributes;
  scope?: { name: string; version?: string };
  spans: PlainSpan[];
}

const LEN = 2;
const tag = (field: number, wireType: number) => (field << 3) | wireType;

function writeAttributes(w: Writer, field: number, attrs: PlainAttributes): void {
  for (const key in attrs) {
    const v = attrs[key]!;
    w.uint32(tag(field, LEN)).fork(); // KeyValue
    w.uint32(tag(1, LEN)).string(key);
    w.uint32(tag(2, LEN)).fork(); // AnyValue
    if (typeof v === 'string') w.uint32(tag(1, LEN)).string(v);
    else if (typeof v === 'boolean') w.uint32(tag(2, 0)).bool(v);
    else if (Number.isSafeInteger(v)) w.uint32(tag(3, 0)).int64(v);
    else w.uint32(tag(4, 1)).double(v);
    w.ldelim().ldelim();
  }
}

/** fixed64 from a bigint: two little-endian fixed32 words (the value is beyond 2^53). */
function writeFixed64(w: Writer, field: number, v: bigint): void {
  w.uint32(tag(field, 1)).fixed32(Number(v & 0xffffffffn)).fixed32(Number(v >> 32n));
}

function writeSpan(w: Writer, s: PlainSpan): void {
  w.uint32(tag(2, LEN)).fork(); // ScopeSpans.spans
  w.uint32(tag(1, LEN)).bytes(s.traceId);
  w.uint32(tag(2, LEN)).bytes(s.spanId);
  if (s.parentSpanId) w.uint32(tag(4, LEN)).bytes(s.parentSpanId);
  w.uint32(tag(5, LEN)).string(s.name);
  if (s.kind) w.uint32(tag(6, 0)).int32(s.kind);
  writeFixed64(w, 7, s.startTimeUnixNano);
  writeFixed64(w, 8, s.endTimeUnixNano);
  if (s.attributes) writeAttributes(w, 9, s.attributes);
  if (s.statusCode || s.statusMessage) {
    w.uint32(tag(15, LEN)).fork();
    if (s.statusMessage) w.uint32(tag(2, LEN)).string(s.statusMessage);
    if (s.statusCode) w.uint32(tag(3, 0)).int32(s.statusCode);
    w.ldelim();
  }
  w.ldelim();
}

/**
 * One ExportTraceServiceRequest body.
 * @example
 * const body = encodeExportTraceRequest([{ resource: { 'service.name': 'app' }, spans: [span] }]);
 * await fetch(`${url}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/x-protobuf' }, body });
 */
export function encodeExportTraceRequest(resourceSpans: PlainResourceSpans[]): Uint8Array {
  const w = protobuf.Writer.create();
  for (const rs of resourceSpans) {
    w.uint32(tag(1, LEN)).fork(); // ExportTraceServiceRequest.resource_spans
    w.uint32(tag(1, LEN)).fork(); // ResourceSpans.resource
    writeAttributes(w, 1, rs.resource);
    w.ldelim();
    w.uint32(tag(2, LEN)).fork(); // ResourceSpans.scope_spans
    if (rs.scope) {
      w.uint32(tag(1, LEN)).fork();
      w.uint32(tag(1, LEN)).string(rs.scope.name);
      if (rs.scope.version) w.uint32(tag(2, LEN)).string(rs.scope.version);
      w.ldelim();
    }
    for (const s of rs.spans) writeSpan(w, s);
    w.ldelim().ldelim();
  }
  return w.finish();
}

const WORDS = 'the agent reads an email about the quarterly report and drafts a reply with the numbers from the attached file before the meeting on friday then checks the calendar'.split(' ');

/** 64 texts of 1,000–2,000 chars, built once: content size matters to the server, its variety does not. */
const TEXTS = Array.from({ length: 64 }, (_, n) => {
  let out = '';
  for (let i = n; out.length < 1_000 + n * 16; i = (i * 7 + 3) % WORDS.length) out += WORDS[i] + ' ';
  return out;
});

/** Spans in one generated session: orchestrator → 2 sub-agents × (LLM + 2 tools) → final LLM. */
export const SPANS_PER_AGENT_SESSION = 10;

export interface GeneratedBody {
  body: Uint8Array;
  spans: number;
  /** Span ids are `firstSpanSeq … firstSpanSeq + spans - 1` as 8-byte big-endian integers. */
  firstSpanSeq: number;
}

/**
 * Unique agent sessions as OTLP bodies, fast enough to overload the server from the same machine.
 * Every span id is a sequence number (`spanSeqOf` reads it back), every session a new trace and a
 * new `session.id`, so the store can be checked span by span after a run.
 */
export class AgentSessionBodies {
  private readonly nonce = randomBytes(8);
  private readonly prefix = `soak-${this.nonce.toString('hex')}`;
  private nextSpan = 1;
  private nextSession = 1;

  constructor(private readonly sessionsPerBody = 10) {}

  /** Span ids handed out so far (they are 1 … issuedSpans). */
  get issuedSpans(): number {
    return this.nextSpan - 1;
  }

  next(): GeneratedBody {
    const firstSpanSeq = this.nextSpan;
    const spans: PlainSpan[] = [];
    for (let i = 0; i < this.sessionsPerBody; i++) this.session(spans);
    const body = encodeExportTraceRequest([{ resource: { 'service.name': 'soak-app', 'deployment.environment': 'bench' }, scope: { name: 'sentinel-soak', version: '1' }, spans }]);
    return { body, spans: spans.length, firstSpanSeq };
  }

  private session(out: PlainSpan[]): void {
    const n = this.nextSession++;
    const traceId = Buffer.alloc(16);
    this.nonce.copy(traceId);
    traceId.writeBigUInt64BE(BigInt(n), 8);
    const sid = `${this.prefix}-${n}`;
    const t0 = BigInt(Date.now()) * 1_000_000n;
    let step = 0n;
    // Children end before their parents, so they come first, as a BatchSpanProcessor sends them.
    const span = (name: string, parent: Uint8Array | undefined, attrs: PlainAttributes): void => {
      const seq = this.nextSpan++;
      const text = (k: number) => TEXTS[(seq + k) & 63]!;
      out.push({
        traceId,
        spanId: idOf(seq),
        parentSpanId: parent,
        name,
        kind: 1,
        startTimeUnixNano: t0 + step,
        endTimeUnixNano: t0 + (step += 50_000_000n),
        attributes: { [OI.SESSION_ID]: sid, ...attrs, [OI.INPUT_VALUE]: text(0).slice(0, 600), [OI.OUTPUT_VALUE]: text(1) },
      });
    };
    const rootId = idOf(this.nextSpan + SPANS_PER_AGENT_SESSION - 1);
    for (const [agent, tools] of [['researcher', ['web_search', 'fetch_url']], ['writer', ['draft_email', 'send_email']]] as const) {
      const agentId = idOf(this.nextSpan + 3);
      span('chat', agentId, { [OI.OPENINFERENCE_SPAN_KIND]: 'LLM', [OI.LLM_MODEL_NAME]: 'gpt-4o' });
      for (const tool of tools) span(tool, agentId, { [OI.OPENINFERENCE_SPAN_KIND]: 'TOOL', [OI.TOOL_NAME]: tool });
      span(agent, rootId, { [OI.OPENINFERENCE_SPAN_KIND]: 'AGENT', [OI.AGENT_NAME]: agent });
    }
    span('chat', rootId, { [OI.OPENINFERENCE_SPAN_KIND]: 'LLM', [OI.LLM_MODEL_NAME]: 'gpt-4o' });
    span('orchestrator', undefined, { [OI.OPENINFERENCE_SPAN_KIND]: 'AGENT', [OI.AGENT_NAME]: 'orchestrator' });
  }
}

/**
 * A top byte of its own over the sequence number: an id with eight leading zero digits counts rather than draws, and
 * the decoders scope such ids by their trace (decode-context.ts), which would hide the number the soak checks.
 */
const ID_MARK = 0x5en << 56n;

function idOf(seq: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(ID_MARK | BigInt(seq));
  return b;
}

/** The sequence number in a span id that AgentSessionBodies wrote (hex as the store keeps it). */
export function spanSeqOf(spanIdHex: string): number {
  return Number.parseInt(spanIdHex.slice(2), 16);
}
