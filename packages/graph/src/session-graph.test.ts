import { describe, expect, it } from 'vitest';
import { normalizeSpan } from './normalize.ts';
import { SessionGraph } from './session-graph.ts';
import { genai, multiAgentSession, oi, rawSpan, type SpanSpec } from './testing/span-builder.ts';
import type { RawSpan } from './raw-span.ts';

function build(batches: RawSpan[][]): SessionGraph {
  const g = new SessionGraph('sess-1', 'test-app');
  for (const b of batches) for (const r of b) g.add(normalizeSpan(r));
  g.flush();
  return g;
}

function shuffle<T>(xs: T[], seed: number): T[] {
  const a = xs.slice();
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function split<T>(xs: T[], seed: number): T[][] {
  const out: T[][] = [];
  let i = 0;
  let s = seed;
  while (i < xs.length) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const n = 1 + (s % 4);
    out.push(xs.slice(i, i + n));
    i += n;
  }
  return out;
}

/** The same graph from the spans in ten shuffled orders and batch splits. */
function expectSameInAnyOrder(spans: RawSpan[], reference: SessionGraph): void {
  for (let seed = 1; seed <= 10; seed++) expect(JSON.stringify(build(split(shuffle(spans, seed), seed)).export())).toBe(JSON.stringify(reference.export()));
}

describe('SessionGraph', () => {

  it('reads an agent span nested in a run of its own agent with a task of its own as the agent delegating to itself', () => {
    const recursion = [
      rawSpan({ id: 'l1', name: 'lead', start: 0, end: 50, attrs: oi.agent('lead', 'sess-1', 'Research solid-state batteries') }),
      rawSpan({ id: 'l2', parent: 'l1', name: 'lead', start: 1, end: 40, attrs: oi.agent('lead', 'sess-1', 'Research the electrolyte in depth') }),
      // The same task passed down again: still a call to itself, since the run it is in was one.
      rawSpan({ id: 'l3', parent: 'l2', name: 'lead', start: 2, end: 30, attrs: oi.agent('lead', 'sess-1', 'Research the electrolyte in depth') }),
      rawSpan({ id: 't', parent: 'l3', start: 3, attrs: oi.tool('web_search', 'sess-1', { q: 'electrolyte' }, 'results') }),
    ];
    const g = build([recursion]);
    expect(g.graph.getEdgeAttribute('delegate:agent:lead->agent:lead', 'count')).toBe(2);
    expect(g.graph.getEdgeAttribute('return:agent:lead->agent:lead', 'count')).toBe(2);
    const placed = new SessionGraph('sess-1', 'test-app');
    const flags = recursion.map((r) => placed.add(normalizeSpan(r)).placed.map((p) => p.selfCall ?? false)).flat();
    expect(flags).toEqual([false, true, true, false]);
    expectSameInAnyOrder(recursion, g);
  });

  it('reads a second span of one run (the same task, none, or a wrapper of another name) as that run, not a call to itself', () => {
    const g = build([[
      rawSpan({ id: 'a', name: 'lead', start: 0, end: 50, attrs: oi.agent('lead', 'sess-1', 'Research solid-state batteries') }),
      rawSpan({ id: 'b', parent: 'a', name: 'lead', start: 1, end: 40, attrs: oi.agent('lead', 'sess-1', 'Research solid-state batteries') }),
      rawSpan({ id: 'c', parent: 'b', name: 'lead', start: 2, end: 30, attrs: oi.agent('lead', 'sess-1') }),
      // AG2: a conversation span of the agent around its turns, each with the history so far as its input (the other
      // agent's words as the user's: not the conversation's input).
      rawSpan({ id: 'conv', name: 'conversation proxy', start: 60, end: 90, attrs: { 'gen_ai.operation.name': 'conversation', 'gen_ai.agent.name': 'proxy', 'gen_ai.conversation.id': 'sess-1', 'gen_ai.input.messages': JSON.stringify([{ role: 'user', parts: [{ type: 'text', content: 'Plot the data' }] }]) } }),
      rawSpan({ id: 'turn', parent: 'conv', name: 'invoke_agent proxy', start: 61, end: 70, attrs: { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.agent.name': 'proxy', 'gen_ai.conversation.id': 'sess-1', 'gen_ai.input.messages': JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: 'Plot the data' }] }, { role: 'user', parts: [{ type: 'text', content: 'exitcode: 0 (execution succeeded)' }] }]) } }),
    ]]);
    expect(g.graph.edges().filter((e) => e.startsWith('delegate:'))).toEqual([]);
  });
  it('builds agents, tools and models with delegation, invocation and result edges', () => {
    const g = build([multiAgentSession()]);
    const nodes = g.graph.nodes().sort();
    expect(nodes).toEqual(['agent:orchestrator', 'agent:researcher', 'agent:writer', 'model:gpt-4o', 'model:gpt-4o-mini', 'tool:send_email', 'tool:web_search', 'user']);
    const edges = Object.fromEntries(g.graph.mapEdges((e, a) => [e, a.count]));
    expect(edges).toEqual({
      'request:user->agent:orchestrator': 1,
      'call:agent:orchestrator->model:gpt-4o': 1,
      'delegate:agent:orchestrator->agent:researcher': 1,
      'return:agent:researcher->agent:orchestrator': 1,
      'call:agent:researcher->model:gpt-4o': 1,
      'invoke:agent:researcher->tool:web_search': 2,
      'result:tool:web_search->agent:researcher': 2,
      'delegate:agent:orchestrator->agent:writer': 1,
      'return:agent:writer->agent:orchestrator': 1,
      'call:agent:writer->model:gpt-4o-mini': 1,
      'invoke:agent:writer->tool:send_email': 1,
      'result:tool:send_email->agent:writer': 1,
    });
  });

  it('gives the identical graph and timeline whatever the arrival order and batch split', () => {
    const spans = multiAgentSession();
    const reference = build([spans]);
    const refJson = JSON.stringify(reference.export());
    const refTimeline = JSON.stringify(reference.timeline);
    for (let seed = 1; seed <= 25; seed++) {
      const g = build(split(shuffle(spans, seed), seed * 7));
      expect(JSON.stringify(g.export())).toBe(refJson);
      expect(JSON.stringify(g.timeline)).toBe(refTimeline);
    }
  });

  it('keeps a child that arrives before its parent waiting, then places it when the parent comes', () => {
    const spans = multiAgentSession();
    const g = new SessionGraph('sess-1', 'test-app');
    const child = spans.find((s) => s.attributes['tool.name'] === 'send_email')!;
    expect(g.add(normalizeSpan(child)).placed).toHaveLength(0);
    expect(g.pendingCount).toBe(1);
    for (const s of spans) if (s !== child) g.add(normalizeSpan(s));
    expect(g.pendingCount).toBe(0);
    expect(g.graph.hasEdge('invoke:agent:writer->tool:send_email')).toBe(true);
  });

  it('places orphans whose parent never arrives on flush, attributed to the session entry', () => {
    const g = new SessionGraph('s', 'a');
    g.add(normalizeSpan(rawSpan({ id: 'lost-tool', parent: 'never-sent', start: 5, attrs: genai.tool('read_file', 's', { p: 1 }, 'x') })));
    expect(g.graph.order).toBe(0);
    const { placed } = g.flush();
    expect(placed[0].orphan).toBe(true);
    expect(g.graph.hasEdge('invoke:user->tool:read_file')).toBe(true);
  });

  it('ignores a span delivered twice (exporter retry) instead of double counting', () => {
    const spans = multiAgentSession();
    const g = build([spans, spans]);
    expect(g.graph.getEdgeAttribute('invoke:agent:researcher->tool:web_search', 'count')).toBe(2);
    expect(g.spanCount).toBe(spans.length);
  });

  it('reads GenAI agent, tool and chat spans into the same graph shape', () => {
    const g = build([
      [
        rawSpan({ id: 'a', start: 0, end: 10, attrs: genai.agent('assistant', 'c1') }),
        rawSpan({ id: 'l', parent: 'a', start: 1, attrs: genai.llm('gpt-4o', 'c1') }),
        rawSpan({ id: 't', parent: 'a', start: 2, attrs: genai.tool('send_money', 'c1', { iban: 'X' }, 'ok') }),
      ],
    ]);
    expect(g.graph.nodes().sort()).toEqual(['agent:assistant', 'model:gpt-4o', 'tool:send_money', 'user']);
  });

  it('follows a handoff named by graph.node.parent_id between agent spans that do not nest (OpenAI Agents SDK), whatever the order', () => {
    const session = 'handoff-1';
    const node = (name: string, parent?: string) => ({ 'openinference.span.kind': 'AGENT', 'graph.node.id': name, ...(parent ? { 'graph.node.parent_id': parent } : {}), 'session.id': session });
    const specs: SpanSpec[] = [
      { id: 'wf', name: 'Agent workflow', start: 0, end: 100, attrs: { 'openinference.span.kind': 'CHAIN', 'session.id': session, 'input.value': 'What is my invoice total?' } },
      { id: 'triage', parent: 'wf', name: 'Triage Agent', start: 1, end: 20, attrs: node('Triage Agent') },
      // The handoff itself, as OpenInference records it: a TOOL span under the agent that hands over.
      { id: 'ho', parent: 'triage', name: 'handoff to Billing Agent', start: 18, end: 19, attrs: { 'openinference.span.kind': 'TOOL', 'session.id': session } },
      { id: 'billing', parent: 'wf', name: 'Billing Agent', start: 21, end: 90, attrs: node('Billing Agent', 'Triage Agent') },
      { id: 'fetch', parent: 'billing', start: 30, end: 35, attrs: oi.tool('fetch_invoice', session, { id: 'INV-1' }, 'total 120.00') },
      // A span that names itself, or a framework's entry node, as its parent is no handoff.
      { id: 'self', parent: 'wf', name: 'Auditor', start: 91, end: 95, attrs: node('Auditor', 'Auditor') },
      { id: 'entry', parent: 'wf', name: 'Greeter', start: 96, end: 99, attrs: node('Greeter', '__start__') },
    ];
    const spans = specs.map((x) => rawSpan(x));
    const edges = (g: SessionGraph) => g.graph.edges().sort();
    const reference = build([spans]);
    expect(edges(reference)).toEqual([
      'delegate:agent:Triage Agent->agent:Billing Agent',
      'invoke:agent:Billing Agent->tool:fetch_invoice',
      'message:agent:Triage Agent->agent:Billing Agent',
      'request:user->agent:Auditor',
      'request:user->agent:Greeter',
      'request:user->agent:Triage Agent',
      'result:tool:fetch_invoice->agent:Billing Agent',
      'return:agent:Billing Agent->agent:Triage Agent',
    ]);
    expect(reference.graph.nodes().filter((id) => id.startsWith('tool:'))).toEqual(['tool:fetch_invoice']);
    expectSameInAnyOrder(spans, reference);
  });

  it('links an agent woken by a queued message (an OTLP span link to the span that enqueued it) to that span\'s agent, not to the user, whatever the order', () => {
    const session = 'queued';
    const specs: SpanSpec[] = [
      { id: 'triage', start: 0, end: 10, attrs: oi.agent('triage', session, 'Sort my inbox') },
      { id: 'enqueue', parent: 'triage', start: 2, end: 3, attrs: oi.tool('enqueue_task', session, { to: 'mailer' }, 'queued') },
      // Another process picks the task up later, in a trace of its own: a root span with a link.
      { id: 'mailer', start: 20, end: 30, links: ['enqueue'], attrs: oi.agent('mailer', session, 'Reply to the client') },
      { id: 'send', parent: 'mailer', start: 22, end: 23, attrs: oi.tool('send_email', session, { to: 'a@b.example' }, 'sent') },
      // A link to a span that never arrives (another session's) draws no edge.
      { id: 'audit', start: 40, end: 41, links: ['elsewhere'], attrs: oi.agent('auditor', session, 'Audit the replies') },
    ];
    const spans = specs.map((x) => rawSpan(x));
    const reference = build([spans]);
    expect(reference.graph.edges().sort()).toEqual([
      'invoke:agent:mailer->tool:send_email',
      'invoke:agent:triage->tool:enqueue_task',
      'message:agent:triage->agent:mailer',
      'request:user->agent:triage',
      'result:tool:enqueue_task->agent:triage',
      'result:tool:send_email->agent:mailer',
    ]);
    expect(reference.runsForUser('agent:mailer')).toBe(false);
    expect(reference.graph.hasNode('agent:auditor')).toBe(true);
    expectSameInAnyOrder(spans, reference);
  });

  it("links a LangGraph supervisor to the expert it transfers to (a `transfer_to_<agent>` tool call), whatever the order", () => {
    const session = 'lg-supervisor';
    const agent = (ns: string) => ({ 'openinference.span.kind': 'AGENT', metadata: JSON.stringify({ langgraph_checkpoint_ns: ns }), 'session.id': session });
    const specs: SpanSpec[] = [
      { id: 'lg', name: 'LangGraph', start: 0, end: 100, attrs: { 'openinference.span.kind': 'CHAIN', 'session.id': session, 'input.value': 'What is 3 + 4?' } },
      { id: 'sup', parent: 'lg', name: 'agent', start: 1, end: 20, attrs: agent('supervisor:1|agent:3') },
      // The handoff tool as the LangChain tracer records it: the graph's state and the call id are its input.
      { id: 'ho', parent: 'sup', name: 'transfer_to_math_expert', start: 18, end: 19, attrs: oi.tool('transfer_to_math_expert', session, { state: { messages: [] }, tool_call_id: 'call_1' }, 'Successfully transferred to math_expert') },
      { id: 'math', parent: 'lg', name: 'agent', start: 21, end: 90, attrs: agent('math_expert:2|agent:4') },
      { id: 'add', parent: 'math', start: 30, end: 35, attrs: oi.tool('add', session, { a: 3, b: 4 }, '7') },
    ];
    const spans = specs.map((x) => rawSpan(x));
    const reference = build([spans]);
    expect(reference.graph.edges().sort()).toEqual([
      'invoke:agent:math_expert->tool:add',
      'message:agent:supervisor->agent:math_expert',
      'request:user->agent:math_expert',
      'request:user->agent:supervisor',
      'result:tool:add->agent:math_expert',
    ]);
    expect(reference.graph.nodes().filter((id) => id.startsWith('tool:'))).toEqual(['tool:add']);
    expectSameInAnyOrder(spans, reference);
  });

  it('shows the tools the model asks for when the app traces its model calls only (no agent or tool spans), whatever the order', () => {
    const session = 'client-only';
    const llm = (id: string, start: number, calls: { id: string; name: string; args: string }[]) => ({
      id,
      name: 'ChatCompletion',
      start,
      end: start + 1,
      attrs: {
        'openinference.span.kind': 'LLM',
        'llm.model_name': 'gpt-4o',
        'session.id': session,
        ...Object.fromEntries(
          calls.flatMap((c, i) => [
            [`llm.output_messages.0.message.tool_calls.${i}.tool_call.id`, c.id],
            [`llm.output_messages.0.message.tool_calls.${i}.tool_call.function.name`, c.name],
            [`llm.output_messages.0.message.tool_calls.${i}.tool_call.function.arguments`, c.args],
          ]),
        ),
        'llm.output_messages.0.message.role': 'assistant',
      },
    });
    const spans = [
      llm('m1', 1, [{ id: 'c1', name: 'read_inbox', args: '{"n":1}' }]),
      // A handoff to another agent is no tool.
      llm('m2', 3, [{ id: 'c2', name: 'send_email', args: '{"to":"a@b.example"}' }, { id: 'c3', name: 'transfer_to_agent', args: '{"agent_name":"billing"}' }]),
      llm('m3', 5, []),
    ].map((x) => rawSpan(x));
    const reference = build([spans]);
    expect(reference.graph.edges().sort()).toEqual(['asks:model:gpt-4o->tool:read_inbox', 'asks:model:gpt-4o->tool:send_email', 'call:user->model:gpt-4o']);
    expectSameInAnyOrder(spans, reference);
    // Inside an agent the app's own spans show what ran: a model's "tool" there is often a sub-agent it delegates to.
    const inAgent = build([[rawSpan({ id: 'a', name: 'planner', start: 0, end: 10, attrs: { 'openinference.span.kind': 'AGENT', 'agent.name': 'planner', 'session.id': session } }), rawSpan({ ...llm('m4', 1, [{ id: 'c4', name: 'delegate', args: '{}' }]), parent: 'a' })]]);
    expect(inAgent.graph.nodes().sort()).toEqual(['agent:planner', 'model:gpt-4o', 'user']);
  });

  it('emits node and edge deltas that rebuild the same graph on the other side', () => {
    const g = new SessionGraph('sess-1', 'test-app');
    const mirror = new Map<string, unknown>();
    for (const r of shuffle(multiAgentSession(), 3)) {
      for (const d of g.add(normalizeSpan(r)).deltas) {
        if (d.type === 'node:add') mirror.set('n:' + d.node, { ...d.attributes });
        else if (d.type === 'edge:add') mirror.set('e:' + d.edge, { ...d.attributes });
        else Object.assign(mirror.get((d.target === 'node' ? 'n:' : 'e:') + d.key) as object, d.attributes);
      }
    }
    expect([...mirror.keys()].filter((k) => k.startsWith('n:')).length).toBe(g.graph.order);
    expect([...mirror.keys()].filter((k) => k.startsWith('e:')).length).toBe(g.graph.size);
    g.graph.forEachEdge((e, a) => expect((mirror.get('e:' + e) as { count: number }).count).toBe(a.count));
    // Every span id an edge holds reaches the other side too (a repeated call's update carries them).
    g.graph.forEachEdge((e, a) => expect((mirror.get('e:' + e) as { spanIds: string[] }).spanIds).toEqual(a.spanIds));
  });

  // Cases an outside fuzz of arrival orders found (2026-12-01).
  it("orders an edge's span ids the same whatever the arrival: overlapping calls, and past the cap of 50", () => {
    const S = 'sess-1';
    const agent = rawSpan({ id: 'a', start: 0, end: 500, attrs: oi.agent('researcher', S) });
    const slow = rawSpan({ id: 'slow', parent: 'a', start: 10, end: 100, attrs: oi.tool('web_search', S, { q: 1 }, 'r1') });
    const fast = rawSpan({ id: 'fast', parent: 'a', start: 20, end: 30, attrs: oi.tool('web_search', S, { q: 2 }, 'r2') });
    const quick = Array.from({ length: 50 }, (_, i) => rawSpan({ id: `q${i}`, parent: 'a', start: 40 + i, end: 41 + i, attrs: oi.tool('web_search', S, { q: i + 3 }, 'r') }));
    const spans = [agent, slow, fast, ...quick];
    const reference = build([spans]);
    expect(reference.graph.getEdgeAttribute('result:tool:web_search->agent:researcher', 'spanIds')).toHaveLength(50);
    expectSameInAnyOrder(spans, reference);
    expectSameInAnyOrder([agent, slow, fast], build([[agent, slow, fast]]));
  });

  it('orders the messages of an agent woken by links to two senders the same whatever the arrival', () => {
    const S = 'sess-1';
    const spans = [
      rawSpan({ id: 'pa', start: 0, end: 5, attrs: oi.agent('orchestrator', S) }),
      rawSpan({ id: 'pb', start: 1, end: 6, attrs: oi.agent('writer', S) }),
      rawSpan({ id: 'w', start: 10, end: 20, links: ['pa', 'pb'], attrs: oi.agent('critic', S) }),
    ];
    const reference = build([spans]);
    expectSameInAnyOrder(spans, reference);
    for (let seed = 1; seed <= 10; seed++) expect(JSON.stringify(build(split(shuffle(spans, seed), seed)).timeline)).toBe(JSON.stringify(reference.timeline));
  });

  it('places thousands of spans whose shared parent never arrives in one flush, in time order', () => {
    const g = new SessionGraph('sess-1', 'test-app');
    for (let i = 0; i < 3000; i++) g.add(normalizeSpan(rawSpan({ id: `p${i}`, parent: 'upstream-root', start: 3000 - i, attrs: oi.tool(`t${i % 3}`, 'sess-1', {}, 'r') })));
    const placed = g.flush().placed;
    expect(placed).toHaveLength(3000);
    expect(placed.map((p) => p.span.start)).toEqual([...placed.map((p) => p.span.start)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(g.pendingCount).toBe(0);
  });
});

describe('SessionGraph.recordDeltas', () => {
  it('builds the same graph without deltas, and describes later changes once turned back on', () => {
    const spans = multiAgentSession().map((r) => normalizeSpan(r));
    const on = new SessionGraph('sess-1', 'test-app');
    const off = new SessionGraph('sess-1', 'test-app');
    off.recordDeltas = false;
    const counts: number[] = [];
    for (const s of spans.slice(0, -1)) {
      on.add(s);
      counts.push(off.add(s).deltas.length);
    }
    expect(counts.every((n) => n === 0)).toBe(true);
    off.recordDeltas = true;
    const last = spans[spans.length - 1];
    const expected = on.add(last).deltas;
    expect(expected.length).toBeGreaterThan(0);
    expect(off.add(last).deltas).toEqual(expected);
    on.flush();
    off.flush();
    expect(off.export()).toEqual(on.export());
  });
});

describe('SessionGraph structureOnly', () => {
  it('places every span where the full graph does and has its nodes and edges, whatever the arrival order', () => {
    const spans = multiAgentSession().map((r) => normalizeSpan(r));
    for (const seed of [1, 2, 3]) {
      const order = shuffle(spans, seed);
      const full = new SessionGraph('sess-1', 'test-app');
      const lean = new SessionGraph('sess-1', 'test-app', { structureOnly: true });
      const placements = (g: SessionGraph) => [...order.map((s) => g.add(s).placed), g.flush().placed].flat().map(({ span, ...p }) => ({ id: span.spanId, ...p }));
      expect(placements(lean)).toEqual(placements(full));
      const links = (g: SessionGraph) =>
        full.graph.nodes().flatMap((n) => {
          const out: string[] = [];
          g.forEachOutLink(n, (e, kind, t) => out.push(`${n} ${e} ${kind} ${t}`));
          return out.sort();
        });
      expect(full.graph.nodes().every((n) => lean.hasNode(n))).toBe(true);
      expect(full.graph.edges().every((e) => lean.hasEdge(e))).toBe(true);
      expect(links(lean)).toEqual(links(full));
      expect(links(lean)).toHaveLength(full.graph.size);
      expect(lean.hasNode('agent:nobody') || lean.hasEdge('request:user->agent:nobody')).toBe(false);
      expect(() => lean.graph).toThrow(/structure-only/);
      expect([lean.spanCount, lean.firstStart, lean.lastEnd]).toEqual([full.spanCount, full.firstStart, full.lastEnd]);
      expect(lean.timeline).toEqual([]);
    }
  });
});
