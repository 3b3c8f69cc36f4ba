// Traceloop OpenLLMetry (Python): the same run as `Traceloop.init()` + the SDK's decorators + the OpenAI instrumentation
// trace it, content tracing on (TRACELOOP_TRACE_CONTENT defaults to true). Followed (github.com/traceloop/openllmetry,
// traceloop-sdk 0.4x / opentelemetry-instrumentation-openai 0.4x):
// - packages/traceloop-sdk/traceloop/sdk/decorators/base.py: `@agent/@tool/@task/@workflow` spans named
//   `<entity>.<kind>`, `traceloop.span.kind`, `traceloop.entity.name`, `traceloop.entity.input` =
//   `json.dumps({"args": args, "kwargs": kwargs})`, `traceloop.entity.output` = `json.dumps(result)` (Python's json:
//   ", " / ": " separators, non-ASCII as \uXXXX); an exception sets the error status and an exception event, no output.
// - packages/traceloop-sdk/traceloop/sdk/tracing/tracing.py (span processor on_start): `traceloop.workflow.name` (set by
//   the enclosing @workflow/@agent) and `traceloop.association.properties.<key>` (Traceloop.set_association_properties,
//   the documented way to give a session: `session_id`, `user_id`) on every span.
// - packages/opentelemetry-instrumentation-openai/.../shared/chat_wrappers.py (_set_prompts, _set_completions) and
//   shared/__init__.py (_set_request_attributes, set_tools_attributes): span `openai.chat` (CLIENT), `llm.request.type`
//   = chat, `gen_ai.system`, `gen_ai.request.model`, `gen_ai.prompt.<i>.role|content|tool_call_id`,
//   `gen_ai.prompt.<i>.tool_calls.<j>.id|name|arguments`, `gen_ai.completion.<i>.finish_reason|role|content`,
//   `gen_ai.completion.<i>.tool_calls.<j>.id|name|arguments`, `llm.request.functions.<i>.name|description|parameters`;
//   empty values (None, "") are not set.
// Choices and what is lost: every model turn is traced as an OpenAI chat call (the Anthropic / Gemini instrumentations,
// with their own content encodings, are left out); the agent is a function `run(prompt)` decorated `@agent(name=…)`,
// a tool a function called with keyword arguments decorated `@tool(name=…)`: the tool span has no call id and no
// description (the decorator records neither), a result that is JSON text is taken as the object the function returned.
// A root CHAIN becomes a `@workflow`, other CHAINs `@task`s; RETRIEVER and other kinds stay as they are.
import type { AttrValue, Attributes } from '@sentinel/graph';
import { respan, type Convention, type Message, type OiSpan, parseJson, returned } from './semconv-read.ts';

/** Python's `json.dumps(v)` with its defaults (separators ", " and ": ", ensure_ascii). */
export function pyJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : JSON.stringify(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return `[${v.map(pyJson).join(', ')}]`;
  return `{${Object.entries(v as Record<string, unknown>).map(([k, x]) => `${pyJson(k)}: ${pyJson(x)}`).join(', ')}}`;
}


/** The nearest AGENT (or root CHAIN → @workflow) span enclosing `s`, itself included: the workflow name of its spans. */
function workflowOf(s: OiSpan, session: readonly OiSpan[]): string | undefined {
  const byId = new Map(session.map((x) => [x.raw.spanId, x]));
  for (let cur: OiSpan | undefined = s, n = 0; cur && n < 100; cur = cur.raw.parentSpanId ? byId.get(cur.raw.parentSpanId) : undefined, n++) {
    if (cur.kind === 'AGENT') return cur.agent ?? cur.raw.name;
    if (cur.kind === 'CHAIN' && !(cur.raw.parentSpanId && byId.has(cur.raw.parentSpanId))) return cur.raw.name;
  }
  return undefined;
}

/** The nearest enclosing AGENT's name. */
function agentName(s: OiSpan, session: readonly OiSpan[]): string | undefined {
  const byId = new Map(session.map((x) => [x.raw.spanId, x]));
  for (let cur = s.raw.parentSpanId ? byId.get(s.raw.parentSpanId) : undefined, n = 0; cur && n < 100; cur = cur.raw.parentSpanId ? byId.get(cur.raw.parentSpanId) : undefined, n++) {
    if (cur.kind === 'AGENT') return cur.agent ?? cur.raw.name;
  }
  return undefined;
}

function prompts(prefix: string, msgs: Message[], a: Attributes): void {
  msgs.forEach((m, i) => {
    const p = `${prefix}.${i}`;
    a[`${p}.role`] = m.role;
    if (m.content) a[`${p}.content`] = m.content;
    if (m.toolCallId) a[`${p}.tool_call_id`] = m.toolCallId;
    m.toolCalls?.forEach((c, j) => {
      if (c.id) a[`${p}.tool_calls.${j}.id`] = c.id;
      if (c.name) a[`${p}.tool_calls.${j}.name`] = c.name;
      if (c.arguments) a[`${p}.tool_calls.${j}.arguments`] = c.arguments;
    });
  });
}

/** `llm.tools.<i>.tool.json_schema` (an OpenAI tool) → `llm.request.functions.<i>.name|description|parameters`. */
function functions(rest: Attributes, a: Attributes): Attributes {
  const kept: Attributes = {};
  for (const [k, v] of Object.entries(rest)) {
    const m = /^llm\.tools\.(\d+)\.tool\.json_schema$/.exec(k);
    const def = m ? (parseJson(String(v)) as { function?: Record<string, unknown> } & Record<string, unknown> | undefined) : undefined;
    const f = def ? ((def.function as Record<string, unknown> | undefined) ?? def) : undefined;
    if (!m || !f || typeof f.name !== 'string') {
      kept[k] = v;
      continue;
    }
    const p = `llm.request.functions.${m[1]}`;
    a[`${p}.name`] = f.name;
    if (typeof f.description === 'string' && f.description) a[`${p}.description`] = f.description;
    a[`${p}.parameters`] = pyJson(f.parameters ?? null);
  }
  return kept;
}

export const openLLMetry: Convention = (s, session) => {
  const { 'session.id': _sid, 'user.id': _uid, ...rest } = s.rest;
  const a: Attributes = {};
  const put = (k: string, v: AttrValue | undefined) => v !== undefined && v !== '' && (a[k] = v);
  const decorated = (kind: string, name: string, input: string | undefined, output: string | undefined): Attributes => {
    a['traceloop.span.kind'] = kind;
    a['traceloop.entity.name'] = name;
    if (input !== undefined) a['traceloop.entity.input'] = input;
    if (output !== undefined) a['traceloop.entity.output'] = pyJson(returned(output));
    return a;
  };
  put('traceloop.workflow.name', workflowOf(s, session));
  put('traceloop.association.properties.session_id', s.sessionId);
  put('traceloop.association.properties.user_id', s.userId);

  switch (s.kind) {
    case 'AGENT': {
      const name = s.agent ?? s.raw.name;
      decorated('agent', name, s.input !== undefined ? pyJson({ args: [s.input], kwargs: {} }) : undefined, s.output);
      return respan(s, `${name}.agent`, { ...a, ...rest });
    }
    case 'TOOL': {
      // An OpenAI Agents handoff (OpenInference: TOOL "handoff to <agent>", no tool name): OpenLLMetry's
      // openai-agents instrumentation (_hooks.py _start_handoff_span, as its tests assert) writes
      // "<from> → <to>.handoff", traceloop.span.kind "handoff", gen_ai.handoff.from_agent / to_agent.
      const to = s.tool === undefined ? /^handoff to (.+)$/i.exec(s.raw.name)?.[1] : undefined;
      if (to) {
        const from = agentName(s, session);
        a['traceloop.span.kind'] = 'handoff';
        put('gen_ai.handoff.from_agent', from);
        a['gen_ai.handoff.to_agent'] = to;
        a['gen_ai.provider.name'] = 'openai';
        return respan(s, `${from ?? ''} → ${to}.handoff`, { ...a, ...rest });
      }
      const name = s.tool ?? s.raw.name;
      const args = parseJson(s.input);
      const input = s.input === undefined ? undefined : args !== null && typeof args === 'object' && !Array.isArray(args) ? pyJson({ args: [], kwargs: args }) : pyJson({ args: [s.input], kwargs: {} });
      decorated('tool', name, input, s.output);
      return respan(s, `${name}.tool`, { ...a, ...rest });
    }
    case 'CHAIN': {
      const root = !session.some((x) => x.raw.spanId === s.raw.parentSpanId);
      const kind = root ? 'workflow' : 'task';
      decorated(kind, s.raw.name, s.input !== undefined ? pyJson({ args: [s.input], kwargs: {} }) : undefined, s.output);
      return respan(s, `${s.raw.name}.${kind}`, { ...a, ...rest });
    }
    case 'LLM': {
      a['llm.request.type'] = 'chat';
      a['gen_ai.system'] = 'openai';
      put('gen_ai.request.model', s.model);
      a['llm.headers'] = 'None';
      a['llm.is_streaming'] = false;
      prompts('gen_ai.prompt', s.inputMessages, a);
      const kept = functions(rest, a);
      put('gen_ai.response.model', s.outputMessages.length ? s.model : undefined);
      s.outputMessages.forEach((m, i) => {
        a[`gen_ai.completion.${i}.finish_reason`] = m.toolCalls?.length ? 'tool_calls' : 'stop';
      });
      prompts('gen_ai.completion', s.outputMessages, a);
      return { ...respan(s, 'openai.chat', { ...a, ...kept }), kind: 3 };
    }
    default:
      // RETRIEVER, EMBEDDING, …: no OpenLLMetry equivalent here; the span as it was.
      return s.raw;
  }
};
