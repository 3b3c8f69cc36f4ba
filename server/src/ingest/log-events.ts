// The GenAI conventions' message events that arrive as OTLP log records (the Python openai-v2 instrumentation, the
// Logs SDK's EventLogger): each waits for its span and is added to it as the span event it stands for, before the
// span is normalized, so a model call's messages are read whichever signal carried them. Also the later conventions'
// one record per call (`gen_ai.client.inference.operation.details`, opentelemetry-util-genai), whose attributes are the
// call's messages (`gen_ai.input.messages`, …): added to the span's attributes it lacks.
import { messageEventBodyKey, type Attributes, type RawSpan, type RawSpanEvent } from '@sentinel/graph';
import type { LogRecordIn } from './decoded-export.ts';

/** The event whose attributes are a model call's messages (GenAI conventions 1.37+). */
const OPERATION_DETAILS = 'gen_ai.client.inference.operation.details';

/** A record's body under this many characters once written as JSON (the span's own attributes are capped alike). */
const MAX_BODY_CHARS = 256 * 1024;

/**
 * Message events by the span they belong to, bounded: the Logs SDK exports every second and the span processor every
 * five by default, so a span's records are usually here before it. Records that wait longer than `maxAgeMs`, or
 * that push the count past `maxEvents` (oldest first), are dropped: their span came first, was never sent, or went
 * to another server. They are in memory only: a restart loses those still waiting (README, "OTLP logs").
 */
export class PendingLogEvents {
  private readonly bySpan = new Map<string, Waiting>();
  private count = 0;

  constructor(
    private readonly maxEvents: number,
    private readonly maxAgeMs: number,
  ) {}

  get size(): number {
    return this.count;
  }

  /** Keeps the records that are message events; returns how many (the rest, not message events, are not kept). */
  add(records: readonly LogRecordIn[], now = Date.now()): number {
    let kept = 0;
    for (const rec of records) {
      const details = rec.name === OPERATION_DETAILS;
      const event = details ? undefined : toSpanEvent(rec);
      if (!details && !event) continue;
      const key = rec.traceId + rec.spanId;
      let waiting = this.bySpan.get(key);
      if (!waiting) this.bySpan.set(key, (waiting = { at: now, events: [] }));
      const before = sizeOf(waiting);
      if (event) waiting.events.push(event);
      else {
        const attrs: Attributes = { ...rec.attributes, ...waiting.attributes };
        delete attrs['event.name'];
        waiting.attributes = attrs;
      }
      this.count += sizeOf(waiting) - before;
      kept++;
    }
    return kept;
  }

  /** The events waiting for this span, taken: added to it, and the span stored as JSON (its wire bytes lack them). */
  attachTo(raw: RawSpan): void {
    if (this.count === 0) return;
    const key = raw.traceId + raw.spanId;
    const waiting = this.bySpan.get(key);
    if (!waiting) return;
    this.bySpan.delete(key);
    this.count -= sizeOf(waiting);
    if (waiting.events.length > 0) {
      const events = raw.events.concat(waiting.events);
      events.sort((a, b) => (a.timeUnixNano < b.timeUnixNano ? -1 : a.timeUnixNano > b.timeUnixNano ? 1 : 0));
      raw.events = events;
    }
    if (waiting.attributes) raw.attributes = { ...waiting.attributes, ...raw.attributes };
    raw.wire = undefined;
  }

  /** Drops what waited too long, then the oldest while over the count (Map order is arrival order); returns how many. */
  expire(now = Date.now()): number {
    let dropped = 0;
    for (const [key, w] of this.bySpan) {
      if (now - w.at <= this.maxAgeMs && this.count <= this.maxEvents) break;
      this.bySpan.delete(key);
      this.count -= sizeOf(w);
      dropped += sizeOf(w);
    }
    return dropped;
  }
}

interface Waiting {
  at: number;
  events: RawSpanEvent[];
  /** From an operation-details record: the call's messages as attributes. */
  attributes?: Attributes;
}

/** Records a span's entry holds (an operation-details record is one). */
function sizeOf(w: Waiting): number {
  return w.events.length + (w.attributes ? 1 : 0);
}

/** The span event a message event's record stands for; undefined for any other record. */
function toSpanEvent(rec: LogRecordIn): RawSpanEvent | undefined {
  const bodyKey = messageEventBodyKey(rec.name);
  if (!bodyKey) return undefined;
  const attributes: Attributes = { ...rec.attributes };
  const body = rec.body;
  if (typeof body === 'string') attributes[bodyKey] = body.slice(0, MAX_BODY_CHARS);
  else if (body !== null && typeof body === 'object' && !(body instanceof Uint8Array)) attributes[bodyKey] = JSON.stringify(body).slice(0, MAX_BODY_CHARS);
  return { name: rec.name, timeUnixNano: rec.timeUnixNano, attributes };
}
