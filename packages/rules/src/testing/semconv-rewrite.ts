// Test helper: a session traced in OpenInference (what SessionBuilder and Dojo write), rewritten as another
// instrumentation would have traced the same run. `PROBE_SEMCONV=<name>` runs every session of the probe tables and
// unit tests through it (`runRaw`): what Sentinel catches must not depend on how the app was instrumented.
// Each convention lives in a file of its own (semconv-<name>.ts) and is listed in CONVENTIONS below.
import type { RawSpan } from '@sentinel/graph';
import { genaiEvents } from './semconv-genai-events.ts';
import { genai } from './semconv-genai.ts';
import { openInference } from './semconv-openinference.ts';
import { openLLMetry } from './semconv-openllmetry.ts';
import { aiSdk } from './semconv-ai-sdk.ts';
import { pydanticAi } from './semconv-pydantic-ai.ts';
import { adk } from './semconv-adk.ts';
import { langfuse } from './semconv-langfuse.ts';
import { mlflow } from './semconv-mlflow.ts';
import { logfireOpenai } from './semconv-logfire-openai.ts';
import { logfireAgents } from './semconv-logfire-agents.ts';
import { langsmith } from './semconv-langsmith.ts';
import { openlit } from './semconv-openlit.ts';
import { readOpenInference, type Convention, type OiSpan } from './semconv-read.ts';

const CONVENTIONS = new Map<string, Convention>([
  ['openinference', openInference],
  ['openllmetry', openLLMetry],
  ['ai-sdk', aiSdk],
  ['genai', genai],
  ['genai-events', genaiEvents],
  ['pydantic-ai', pydanticAi],
  ['adk', adk],
  ['langfuse', langfuse],
  ['mlflow', mlflow],
  ['logfire-openai', logfireOpenai],
  ['logfire-agents', logfireAgents],
  ['langsmith', langsmith],
  ['openlit', openlit],
]);

export function conventionNames(): string[] {
  return [...CONVENTIONS.keys()];
}

/** The session as `name` traces it (spans of other conventions untouched); as it is without a name. */
export function rewriteSession(spans: RawSpan[], name = process.env.PROBE_SEMCONV): RawSpan[] {
  if (!name) return spans;
  const convention = CONVENTIONS.get(name);
  if (!convention) throw new Error(`PROBE_SEMCONV=${name}: no such convention (${conventionNames().join(', ') || 'none yet'})`);
  const read = spans.map(readOpenInference);
  const session = read.filter((s): s is OiSpan => s !== undefined);
  return spans.map((raw, i) => {
    const s = read[i];
    return s ? convention(s, session) : raw;
  });
}

