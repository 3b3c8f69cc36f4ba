// A real local HTTP server speaking the OpenAI chat-completions API with scripted replies, for judge tests
// and for agent frameworks driven by a scripted model.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer. Without `status`/`body` the reply is a normal completion whose message content is `content`. */
export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  /** Raw JSON body (with `status`), e.g. an error object. */
  body?: unknown;
  /** The assistant message content (a completion). */
  content?: string | null;
  refusal?: string;
  /** Wait this long before answering (past the client's timeout = a timeout). */
  delayMs?: number;
  usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
  /** Tool calls the model makes (an agent's step): `finish_reason` is then `tool_calls`. */
  toolCalls?: { id: string; name: string; arguments: unknown }[];
  /** A 200 written as given: these pieces of body, `gapMs` apart (an HTML page, a cut body, a trickle, MBs). */
  raw?: { contentType: string; pieces: (string | Buffer)[]; gapMs?: number };
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: {
    model: string;
    messages: { role: string; content: string }[];
    temperature?: number;
    max_tokens?: number;
    max_completion_tokens?: number;
    response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
  };
  at: number;
}

export interface FakeOpenAI {
  /** Base URL for the `openai` client, ending in `/v1`. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Queues replies, answered in order; after them `fallback` answers. */
  script(...replies: FakeReply[]): void;
  fallback: (req: RecordedRequest) => FakeReply;
  /** `response_format` types this server rejects with a 400, like servers without structured outputs. */
  rejectFormats: Set<string>;
  close(): Promise<void>;
}

export const verdictReply = (v: Partial<Record<string, unknown>> = {}): FakeReply => ({
  content: JSON.stringify({
    verdict: 'malicious',
    category: 'injection_propagation',
    confidence: 0.9,
    rationale: 'The agent followed instructions found in a tool result.',
    implicatedAgents: [],
    implicatedSpans: [],
    recommendedAction: 'Review the session.',
    ...v,
  }),
});

export const errorReply = (status: number, message: string, headers: Record<string, string> = {}): FakeReply => ({
  status,
  headers,
  body: { error: { message, type: status === 429 ? 'rate_limit_exceeded' : 'server_error', code: null, param: null } },
});

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const queue: FakeReply[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const fake = {
    requests: [] as RecordedRequest[],
    rejectFormats: new Set<string>(),
    fallback: (() => verdictReply()) as (req: RecordedRequest) => FakeReply,
    script: (...replies: FakeReply[]) => void queue.push(...replies),
  };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    let body: RecordedRequest['body'];
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return send(res, 400, { error: { message: 'invalid JSON body' } });
    }
    const rec: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, at: Date.now() };
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return send(res, 404, { error: { message: `no route ${req.url}` } });
    fake.requests.push(rec);
    const type = body.response_format?.type;
    if (type && fake.rejectFormats.has(type)) {
      return send(res, 400, { error: { message: `response_format type ${type} is not supported by this server`, type: 'invalid_request_error', param: 'response_format', code: null } });
    }
    const reply = queue.shift() ?? fake.fallback(rec);
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (res.destroyed) return;
    if (reply.status !== undefined && reply.status !== 200) return send(res, reply.status, reply.body ?? {}, reply.headers);
    if (reply.raw) {
      res.writeHead(200, { 'content-type': reply.raw.contentType });
      for (const piece of reply.raw.pieces) {
        if (res.destroyed) return;
        res.write(piece);
        if (reply.raw.gapMs) await new Promise((r) => setTimeout(r, reply.raw!.gapMs));
      }
      return void res.end();
    }
    const message: Record<string, unknown> = { role: 'assistant', content: reply.content ?? null, refusal: reply.refusal ?? null };
    if (reply.toolCalls) message.tool_calls = reply.toolCalls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: JSON.stringify(c.arguments) } }));
    send(res, 200, reply.body ?? {
      id: `chatcmpl-${fake.requests.length}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [{ index: 0, message, finish_reason: reply.toolCalls ? 'tool_calls' : 'stop', logprobs: null }],
      usage: reply.usage ?? { prompt_tokens: 1000, completion_tokens: 100, total_tokens: 1100 },
    }, reply.headers);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(fake, {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
