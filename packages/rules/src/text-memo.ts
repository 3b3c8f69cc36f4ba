// What pure reads of a text gave, kept for texts read again. Why: an app's sessions read the same pages, documents,
// mailboxes and tool descriptions over and over (in AgentDojo's runs 3 of 4 tool results had been read before, by
// another run), and reading one costs tens of ns per character (content-facts.ts).
// Texts are found by a sample of their characters, then compared whole: a Map keyed by the text itself hashes all of
// it (~1.6 ns per character here), which on content never seen twice cost ~8% of the rules (bench/detect).
// Bounded by the characters of the texts it keeps; those not used for longest go first (two generations, below).

/** Texts shorter than this are read again by default: a lookup costs about what scanning them does. */
const MIN_CHARS = 256;
/** Characters sampled for the key, spread over the text. */
const SAMPLES = 32;
/** Different texts kept under one key (same length, same samples): a bound on the comparisons of one lookup. */
const MAX_PER_KEY = 4;

interface Kept<V> {
  text: string;
  value: V;
}

function keyOf(text: string): number {
  const n = text.length;
  const step = n / SAMPLES;
  let h = n;
  for (let i = 0; i < SAMPLES; i++) h = Math.imul(h ^ text.charCodeAt((i * step) | 0), 0x01000193);
  return h;
}

/** In a bucket of `kept`, the entry of `text`. */
function find<V>(kept: Kept<V>[] | undefined, text: string): Kept<V> | undefined {
  if (kept !== undefined) for (const k of kept) if (k.text === text) return k;
  return undefined;
}

/**
 * Two generations instead of a list in order of use: texts go into the young one, the old one is what the young one
 * was when it filled up (half the size), a text found there moves back into the young one. Why: a Map used as an LRU
 * queue (delete the first key, re-insert on use) leaves holes V8 walks over on every eviction: 4% of the rules.
 */
export class TextMemo<V> {
  private young = new Map<number, Kept<V>[]>();
  private old = new Map<number, Kept<V>[]>();
  private youngChars = 0;
  private oldChars = 0;
  private youngTexts = 0;
  private oldTexts = 0;
  /** Lookups of texts it would keep, and how many found one. */
  private lookups = 0;
  private hits = 0;

  /** `minChars`: shorter texts are not kept (a reader far costlier per character than a scan keeps shorter ones). */
  constructor(
    private readonly maxChars: number,
    private readonly minChars = MIN_CHARS,
  ) {}

  /** A memo the process shares, counted in `sharedMemoStats` (for /api/health). */
  static shared<V>(maxChars: number, minChars = MIN_CHARS): TextMemo<V> {
    const memo = new TextMemo<V>(maxChars, minChars);
    SHARED.push(memo as TextMemo<unknown>);
    return memo;
  }

  stats(): TextMemoStats {
    return { texts: this.youngTexts + this.oldTexts, chars: this.youngChars + this.oldChars, lookups: this.lookups, hits: this.hits };
  }

  private keeps(text: string): boolean {
    return text.length >= this.minChars && text.length <= this.maxChars / 16;
  }

  /** What `text` gave, or undefined (also for texts too short or too long to keep). */
  get(text: string): V | undefined {
    if (!this.keeps(text)) return undefined;
    this.lookups++;
    const key = keyOf(text);
    const young = find(this.young.get(key), text);
    if (young !== undefined) return this.hits++, young.value;
    const old = find(this.old.get(key), text);
    if (old === undefined) return undefined;
    this.hits++;
    this.add(key, old);
    return old.value;
  }

  /** What `read` gives for `text`, read once while kept (`read` a plain function: no closure per call). */
  read(text: string, read: (text: string) => V): V {
    let v = this.get(text);
    if (v === undefined) this.set(text, (v = read(text)));
    return v;
  }

  set(text: string, value: V): void {
    if (!this.keeps(text)) return;
    const key = keyOf(text);
    if (find(this.young.get(key), text) === undefined) this.add(key, { text, value });
  }

  private add(key: number, k: Kept<V>): void {
    const kept = this.young.get(key);
    if (kept === undefined) this.young.set(key, [k]);
    else if (kept.length < MAX_PER_KEY) kept.push(k);
    else return;
    this.youngChars += k.text.length;
    this.youngTexts++;
    if (this.youngChars > this.maxChars / 2) {
      this.old = this.young;
      this.oldChars = this.youngChars;
      this.oldTexts = this.youngTexts;
      this.young = new Map();
      this.youngChars = 0;
      this.youngTexts = 0;
    }
  }

  /** Texts kept (a text found in the old generation and used again counts twice until that one goes). */
  get size(): number {
    return this.youngTexts + this.oldTexts;
  }
}

/** What the memos keep: texts, their characters, lookups of texts they would keep and how many found one. */
export interface TextMemoStats {
  texts: number;
  chars: number;
  lookups: number;
  hits: number;
}

const SHARED: TextMemo<unknown>[] = [];

/** The process's shared memos (the rules' readings, values and secrets of texts), summed. */
export function sharedMemoStats(): TextMemoStats {
  const out: TextMemoStats = { texts: 0, chars: 0, lookups: 0, hits: 0 };
  for (const m of SHARED) {
    const s = m.stats();
    out.texts += s.texts;
    out.chars += s.chars;
    out.lookups += s.lookups;
    out.hits += s.hits;
  }
  return out;
}
