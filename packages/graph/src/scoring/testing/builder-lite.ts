// Test helper: agents delegating to agents (for loops and chains) as RawSpans, one span per call.
import type { RawSpan } from '../../raw-span.ts';
import { oi, rawSpan } from '../../testing/span-builder.ts';

export class SessionBuilderLite {
  readonly spans: RawSpan[] = [];
  private t = 0;
  constructor(readonly sessionId: string) {}
  agent(name: string, parent?: RawSpan): RawSpan {
    const s = rawSpan({ id: `${this.sessionId}/${this.spans.length}`, start: this.t++, end: 10_000 - this.t, attrs: oi.agent(name, this.sessionId) });
    if (parent) s.parentSpanId = parent.spanId;
    this.spans.push(s);
    return s;
  }
}
