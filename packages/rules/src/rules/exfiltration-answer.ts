// Exfiltration through the answer: a secret or the user's data in a link or image URL whose host an injected instruction named, or a secret in an image for a host nobody named.
import { USER_NODE, hashString, nodeName } from '@sentinel/graph';
import { encodedViews } from '../encoded-views.ts';
import type { RuleContext } from '../rule-types.ts';
import type { AnswerRecord } from '../session-state.ts';
import { extractValues, normalizeUrl } from '../values.ts';
import { PRIVATE_KINDS, decodedUrl, hostOf, injectedHosts, mask, namedByUser, type ExfilState } from './exfiltration-state.ts';

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
  if (injected.size === 0 && st.secrets.size === 0) return;
  ANSWER_URL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANSWER_URL.exec(answer.text)) !== null) {
    const url = m[0];
    const host = hostOf(url);
    if (host === undefined || readAsIs(url, answer, ctx)) continue;
    // An image is fetched as soon as the answer is shown, whoever asked for it: a secret the agent put in one, for a
    // host nobody on the user's side named, leaves with no click (a record's "render this badge" note, unflagged).
    const byInjection = injected.has(host);
    if (!byInjection && !(isImage(answer.text, m.index) && !namedByUser(`domain:${host}`, ctx))) continue;
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
    // The user's own data too (their address, account or phone number from the request or system prompt), for a host
    // an injection named.
    const personal = byInjection ? [...extractValues(decodedUrl(url))].filter((v) => PRIVATE_KINDS.has(v.slice(0, v.indexOf(':'))) && ctx.state.isTrusted(v)) : [];
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

