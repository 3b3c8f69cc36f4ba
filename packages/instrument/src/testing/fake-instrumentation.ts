// Test fixture: stands in for an OpenInference instrumentation package (records how register() drives it).
import type { TracerProvider } from '@opentelemetry/api';

export const calls: string[] = [];

export class FakeInstrumentation {
  readonly instrumentationName = 'fake-instrumentation';
  constructor(opts: { tracerProvider?: TracerProvider } = {}) {
    calls.push(`constructed with provider: ${opts.tracerProvider !== undefined}`);
  }
  setTracerProvider(_p: TracerProvider): void {
    calls.push('setTracerProvider');
  }
  enable(): void {
    calls.push('enable');
  }
  manuallyInstrument(module: { FakeClient?: unknown }): void {
    calls.push(`manuallyInstrument: ${typeof module.FakeClient}`);
  }
}
