// runAgent: an OpenInference AGENT span, nested under the enclosing agent in the agent graph.
import type { Attributes, Span } from '@opentelemetry/api';
import { MimeType, OpenInferenceSpanKind, SemanticConventions as OI } from '@arizeai/openinference-semantic-conventions';
import { currentAgent, setAgent } from './context-keys.ts';
import { isJson, runInSpan, toText } from './span-runner.ts';

export interface AgentOptions {
  /** The task handed to the agent (text or JSON-able): `input.value`. */
  input?: unknown;
}

/**
 * Runs `fn` as agent `name`: an AGENT span with `agent.name`, `graph.node.id` = name and
 * `graph.node.parent_id` = the enclosing agent (absent for the root agent). The returned
 * value becomes `output.value`. Agents started inside `fn` are its sub-agents (delegation).
 *
 * @example
 * const summary = await runAgent('summarizer', { input: emails }, async () => summarize(emails));
 */
export function runAgent<T>(name: string, opts: AgentOptions, fn: (span: Span) => T): T {
  const parentAgent = currentAgent();
  const attrs: Attributes = {
    [OI.OPENINFERENCE_SPAN_KIND]: OpenInferenceSpanKind.AGENT,
    [OI.AGENT_NAME]: name,
    [OI.GRAPH_NODE_ID]: name,
    [OI.GRAPH_NODE_NAME]: name,
  };
  if (parentAgent) attrs[OI.GRAPH_NODE_PARENT_ID] = parentAgent;
  if (opts.input !== undefined) {
    attrs[OI.INPUT_VALUE] = toText(opts.input);
    attrs[OI.INPUT_MIME_TYPE] = isJson(opts.input) ? MimeType.JSON : MimeType.TEXT;
  }
  return runInSpan(name, attrs, fn, {
    childContext: (ctx) => setAgent(ctx, name),
    onResult: (result, span) => {
      if (result === undefined) return;
      span.setAttribute(OI.OUTPUT_VALUE, toText(result));
      span.setAttribute(OI.OUTPUT_MIME_TYPE, isJson(result) ? MimeType.JSON : MimeType.TEXT);
    },
  });
}
