// Optional OpenInference auto-instrumentations: enabled when the app has them installed, skipped silently when not.
import type { TracerProvider } from '@opentelemetry/api';

/** The part of an OpenTelemetry `InstrumentationBase` that register() uses. */
export interface Instrumentation {
  readonly instrumentationName?: string;
  setTracerProvider(provider: TracerProvider): void;
  enable(): void;
  /** OpenInference instrumentations patch an already-imported module through this (ESM has no require hook). */
  manuallyInstrument?(module: unknown): void;
}

/** An instrumentation package, the class it exports, and the library it patches. */
export interface KnownInstrumentation {
  pkg: string;
  className: string;
  target: string;
}

/** Not dependencies of this package: the app brings them. */
export const KNOWN_INSTRUMENTATIONS: readonly KnownInstrumentation[] = [
  { pkg: '@arizeai/openinference-instrumentation-openai', className: 'OpenAIInstrumentation', target: 'openai' },
];

/**
 * Enables each known instrumentation that resolves. An ESM app imports its libraries before any
 * require hook could patch them, so the library's module namespace (which exports the client
 * class, e.g. `OpenAI`) is also handed to `manuallyInstrument`: it patches the class prototypes,
 * so clients created before or after are traced alike.
 */
export async function loadInstrumentations(provider: TracerProvider, known: readonly KnownInstrumentation[] = KNOWN_INSTRUMENTATIONS): Promise<string[]> {
  const enabled: string[] = [];
  for (const { pkg, className, target } of known) {
    let Ctor: (new (opts?: { tracerProvider?: TracerProvider }) => Instrumentation) | undefined;
    try {
      // A variable specifier: the package is optional, so neither TypeScript nor a bundler may require it.
      Ctor = ((await import(pkg)) as Record<string, typeof Ctor>)[className];
    } catch {
      continue; // not installed: spans from the helpers still flow
    }
    if (typeof Ctor !== 'function') continue;
    let lib: unknown;
    try {
      lib = await import(target);
    } catch {
      lib = undefined; // the library itself is absent: enable the require hook only
    }
    // Passing the provider to the constructor too: OpenInference tracers are bound at construction.
    const inst = new Ctor({ tracerProvider: provider });
    enable(inst, provider, lib);
    enabled.push(pkg);
  }
  return enabled;
}

/** Enables instrumentations the app constructed itself, with this provider. */
export function enableInstrumentations(provider: TracerProvider, list: readonly Instrumentation[]): string[] {
  return list.map((inst) => {
    enable(inst, provider, undefined);
    return inst.instrumentationName ?? inst.constructor.name;
  });
}

function enable(inst: Instrumentation, provider: TracerProvider, lib: unknown): void {
  inst.setTracerProvider(provider);
  inst.enable();
  if (lib !== undefined) inst.manuallyInstrument?.(lib);
}
