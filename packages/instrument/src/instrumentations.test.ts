// Auto-instrumentation loading: installed packages are enabled with this provider and handed the library's namespace; absent ones are skipped.
import { describe, expect, it } from 'vitest';
import { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import { loadInstrumentations } from './instrumentations.ts';
import { calls } from './testing/fake-instrumentation.ts';

const fixture = (f: string) => new URL(`./testing/${f}`, import.meta.url).href;

describe('loadInstrumentations', () => {
  it('enables an installed instrumentation and patches the module namespace, not its default export', async () => {
    calls.length = 0;
    const enabled = await loadInstrumentations(new BasicTracerProvider(), [
      { pkg: fixture('fake-instrumentation.ts'), className: 'FakeInstrumentation', target: fixture('fake-client-lib.ts') },
    ]);
    expect(enabled).toEqual([fixture('fake-instrumentation.ts')]);
    // OpenInference's manuallyInstrument reads `module.OpenAI`: the namespace has the class, the default export does not.
    expect(calls).toEqual(['constructed with provider: true', 'setTracerProvider', 'enable', 'manuallyInstrument: function']);
  });

  it('skips packages that are not installed without throwing', async () => {
    const enabled = await loadInstrumentations(new BasicTracerProvider(), [
      { pkg: '@sentinel/no-such-instrumentation', className: 'X', target: 'no-such-lib' },
    ]);
    expect(enabled).toEqual([]);
  });

  it('still enables the require hook when the patched library is absent', async () => {
    calls.length = 0;
    const enabled = await loadInstrumentations(new BasicTracerProvider(), [
      { pkg: fixture('fake-instrumentation.ts'), className: 'FakeInstrumentation', target: 'no-such-lib' },
    ]);
    expect(enabled).toHaveLength(1);
    expect(calls).toEqual(['constructed with provider: true', 'setTracerProvider', 'enable']);
  });
});
