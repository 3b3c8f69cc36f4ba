// Two apps in one process: each registration keeps its own service.name, and context survives awaits without a global provider.
import { afterAll, describe, expect, it } from 'vitest';
import { SemanticConventions as OI } from '@arizeai/openinference-semantic-conventions';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-node';
import { callTool, register, runAgent, withSession } from './index.ts';

const mailExporter = new InMemorySpanExporter();
const codeExporter = new InMemorySpanExporter();
const mail = register({ serviceName: 'mail-app', exporter: mailExporter, global: false, instrumentations: false });
const code = register({ serviceName: 'code-app', exporter: codeExporter, global: false, instrumentations: false });
afterAll(() => Promise.all([mail.shutdown(), code.shutdown()]));

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('register({ global: false })', () => {
  it('sends each app its own spans, with session and nesting carried across awaits', async () => {
    const session = (id: string, tracer = mail.tracer) =>
      withSession(id, () => runAgent('boss', {}, async () => {
        await tick();
        return runAgent('worker', {}, async () => {
          await tick();
          return callTool('lookup', { q: id }, async () => { await tick(); return 'ok'; });
        });
      }), { tracer });
    await Promise.all([session('m-1', mail.tracer), session('c-1', code.tracer)]);
    await Promise.all([mail.forceFlush(), code.forceFlush()]);
    for (const [exp, app, sid] of [[mailExporter, 'mail-app', 'm-1'], [codeExporter, 'code-app', 'c-1']] as const) {
      const spans = exp.getFinishedSpans();
      expect(spans.map((s) => s.name).sort()).toEqual(['boss', 'lookup', 'worker']);
      for (const s of spans) {
        expect(s.resource.attributes['service.name']).toBe(app);
        expect(s.attributes[OI.SESSION_ID]).toBe(sid);
      }
      const worker = spans.find((s) => s.name === 'worker')!;
      expect(worker.attributes[OI.GRAPH_NODE_PARENT_ID]).toBe('boss');
      expect(spans.find((s) => s.name === 'lookup')!.parentSpanContext?.spanId).toBe(worker.spanContext().spanId);
    }
  });

  it("stamps a session's helper spans from its own clock when one is given (simulated latency)", async () => {
    let ms = 1_700_000_000_000;
    const clock = (): [number, number] => [Math.floor(ms / 1000), (ms % 1000) * 1_000_000];
    await withSession('sim-1', () => runAgent('sim', {}, async () => {
      ms += 1_500; // the model "thinks" for 1.5 s
      return callTool('lookup', {}, () => { ms += 200; return 'ok'; });
    }), { tracer: mail.tracer, clock });
    await mail.forceFlush();
    const span = (name: string) => mailExporter.getFinishedSpans().find((s) => s.name === name && s.attributes[OI.SESSION_ID] === 'sim-1')!;
    expect(span('sim').startTime).toEqual([1_700_000_000, 0]);
    expect(span('sim').endTime).toEqual([1_700_000_001, 700_000_000]);
    expect(span('lookup').startTime).toEqual([1_700_000_001, 500_000_000]);
  });
});
