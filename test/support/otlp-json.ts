// Builds OTLP/JSON request bodies by hand, for tests that need exact span ids or many requests quickly.
export interface JsonSpanSpec {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  startNs: bigint;
  endNs?: bigint;
  attributes: Record<string, string | number | boolean>;
  links?: { traceId: string; spanId: string }[];
}

export function otlpJson(app: string, spans: JsonSpanSpec[]): string {
  return JSON.stringify({
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: app } }] },
        scopeSpans: [
          {
            scope: { name: 'sentinel-tests' },
            spans: spans.map((s) => ({
              traceId: s.traceId,
              spanId: s.spanId,
              ...(s.parentSpanId ? { parentSpanId: s.parentSpanId } : {}),
              ...(s.links ? { links: s.links } : {}),
              name: s.name,
              kind: 1,
              startTimeUnixNano: s.startNs.toString(),
              endTimeUnixNano: (s.endNs ?? s.startNs + 1_000_000n).toString(),
              attributes: Object.entries(s.attributes).map(([key, v]) => ({
                key,
                value: typeof v === 'string' ? { stringValue: v } : typeof v === 'boolean' ? { boolValue: v } : Number.isInteger(v) ? { intValue: String(v) } : { doubleValue: v },
              })),
            })),
          },
        ],
      },
    ],
  });
}

/**
 * `n` as a hex id of `width` digits. A span id (16) gets a first digit of its own: eight leading zeros make an id
 * counter-like, and the decoders scope those by their trace (what a test sends would not be what it reads back).
 */
export const hex = (n: number, width: number): string => (width === 16 ? `a${n.toString(16).padStart(15, '0')}` : n.toString(16).padStart(width, '0'));
