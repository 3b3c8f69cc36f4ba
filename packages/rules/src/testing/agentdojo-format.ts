// Test helper: tool results as AgentDojo renders them, for the probes set in its worlds. Pydantic models and lists go
// through yaml.safe_dump (keys sorted, block style, width 80, strings quoted as PyYAML chooses: plain, single-quoted
// with blank lines for breaks, or double-quoted with escapes when there is a non-ASCII character or an indented line);
// dicts and floats through str() (Python reprs). Checked byte for byte against PyYAML 6 for the quoting, folding and
// escapes the probes use.
export class Stamp {
  constructor(readonly text: string) {}
}
export class Flt {
  constructor(readonly n: number) {}
  /** As Python's str() writes it, in a message built around the number ("Transaction to … for 100.0 sent."). */
  toString(): string {
    return floatRepr(this.n);
  }
}
/** A datetime field (written bare by PyYAML: 2024-05-15 10:00:00). */
export const at = (s: string) => new Stamp(s.length === 16 ? `${s}:00` : s);
/** A float field (100.0). */
export const fl = (n: number) => new Flt(n);
export type Y = string | number | boolean | null | Stamp | Flt | Y[] | { [k: string]: Y };
export const floatRepr = (n: number) => (Number.isInteger(n) ? `${n}.0` : String(n));

const WIDTH = 80;
const RESOLVES = [
  /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|<<|=)$/,
  /^[-+]?(?:0b[01_]+|0[0-7_]+|0|[1-9][0-9_]*|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
  /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  /^(?:\d{4}-\d\d-\d\d|\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)$/,
];
const ESC: Record<string, string> = { '\0': '0', '\x07': 'a', '\b': 'b', '\t': 't', '\n': 'n', '\v': 'v', '\f': 'f', '\r': 'r', '\x1b': 'e', '"': '"', '\\': '\\', '\x85': 'N', '\xa0': '_', '\u2028': 'L', '\u2029': 'P' };

class Out {
  text = '';
  col = 0;
  put(s: string) {
    this.text += s;
    this.col += s.length;
  }
  nl() {
    this.text += '\n';
    this.col = 0;
  }
  indent(n: number) {
    if (this.col > n) this.nl();
    if (this.col < n) this.put(' '.repeat(n - this.col));
  }
}

function style(s: string): 'plain' | 'single' | 'double' {
  if (/[^\n\x20-\x7e]/.test(s) || / \n/.test(s) || /\n /.test(s)) return 'double';
  const plain = s !== '' && s === s.trim() && !s.includes('\n') && !/^[#,[\]{}&*!|>'"%@`]/.test(s) && !/^[-?:](?: |$)/.test(s) && !/:(?: |$)/.test(s) && !/ #/.test(s) && !RESOLVES.some((r) => r.test(s));
  return plain ? 'plain' : 'single';
}

function plain(o: Out, t: string, ind: number) {
  let spaces = false;
  let start = 0;
  for (let end = 0; end <= t.length; end++) {
    const ch = end < t.length ? t[end] : undefined;
    if (spaces) {
      if (ch !== ' ') {
        if (start + 1 === end && o.col > WIDTH) o.indent(ind);
        else o.put(t.slice(start, end));
        start = end;
      }
    } else if (ch === undefined || ch === ' ') {
      o.put(t.slice(start, end));
      start = end;
    }
    if (ch !== undefined) spaces = ch === ' ';
  }
}

function single(o: Out, t: string, ind: number) {
  o.put("'");
  let spaces = false;
  let breaks = false;
  let start = 0;
  for (let end = 0; end <= t.length; end++) {
    const ch = end < t.length ? t[end] : undefined;
    if (spaces) {
      if (ch !== ' ') {
        if (start + 1 === end && o.col > WIDTH && start !== 0 && end !== t.length) o.indent(ind);
        else o.put(t.slice(start, end));
        start = end;
      }
    } else if (breaks) {
      if (ch !== '\n') {
        if (t[start] === '\n') o.nl();
        for (let i = start; i < end; i++) o.nl();
        o.indent(ind);
        start = end;
      }
    } else if (ch === undefined || ch === ' ' || ch === '\n' || ch === "'") {
      if (start < end) {
        o.put(t.slice(start, end));
        start = end;
      }
    }
    if (ch === "'") {
      o.put("''");
      start = end + 1;
    }
    if (ch !== undefined) {
      spaces = ch === ' ';
      breaks = ch === '\n';
    }
  }
  o.put("'");
}

function double(o: Out, t: string, ind: number) {
  o.put('"');
  let start = 0;
  for (let end = 0; end <= t.length; end++) {
    const ch = end < t.length ? t[end] : undefined;
    if (ch === undefined || '"\\\x85\u2028\u2029\ufeff'.includes(ch) || !(ch >= '\x20' && ch <= '\x7e')) {
      if (start < end) {
        o.put(t.slice(start, end));
        start = end;
      }
      if (ch !== undefined) {
        const c = ch.charCodeAt(0);
        o.put(ESC[ch] !== undefined ? `\\${ESC[ch]}` : c <= 0xff ? `\\x${c.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`);
        start = end + 1;
      }
    }
    if (end > 0 && end < t.length - 1 && (ch === ' ' || start >= end) && o.col + (end - start) > WIDTH) {
      const data = t.slice(start, end) + '\\';
      if (start < end) start = end;
      o.put(data);
      o.indent(ind);
      if (t[start] === ' ') o.put('\\');
    }
  }
  o.put('"');
}

function scalar(o: Out, v: Y, ind: number) {
  if (v === null) return o.put('null');
  if (typeof v === 'boolean') return o.put(String(v));
  if (typeof v === 'number') return o.put(String(v));
  if (v instanceof Flt) return o.put(floatRepr(v.n));
  if (v instanceof Stamp) return o.put(v.text);
  const s = v as string;
  const st = style(s);
  if (st === 'plain') plain(o, s, ind);
  else if (st === 'single') single(o, s, ind);
  else double(o, s, ind);
}

const isMap = (v: Y): v is { [k: string]: Y } => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Stamp) && !(v instanceof Flt);

function mapping(o: Out, m: { [k: string]: Y }, ind: number, inline: boolean) {
  Object.keys(m).sort().forEach((k, i) => {
    if (i > 0 || !inline) {
      o.nl();
      o.indent(ind);
    }
    scalar(o, k, ind + 2);
    o.put(':');
    const v = m[k];
    if (Array.isArray(v)) {
      if (v.length === 0) o.put(' []');
      else for (const x of v) item(o, x, ind);
    } else if (isMap(v)) {
      if (Object.keys(v).length === 0) o.put(' {}');
      else mapping(o, v, ind + 2, false);
    } else {
      o.put(' ');
      scalar(o, v, ind + 2);
    }
  });
}

function item(o: Out, x: Y, ind: number) {
  o.nl();
  o.indent(ind);
  o.put('- ');
  if (isMap(x)) mapping(o, x, ind + 2, true);
  else scalar(o, x, ind + 2);
}

/** yaml.safe_dump of a list, stripped. */
export function yaml(xs: Y[]): string {
  if (xs.length === 0) return '[]';
  const o = new Out();
  xs.forEach((x, i) => {
    if (i > 0) o.nl();
    o.put('- ');
    if (isMap(x)) mapping(o, x, 2, true);
    else scalar(o, x, 2);
  });
  return o.text.replace(/^\n/, '');
}
/** yaml.safe_dump of one model (a sent email, a created event, a shared file), stripped. */
export function yamlOne(m: { [k: string]: Y }): string {
  const o = new Out();
  mapping(o, m, 0, true);
  return o.text;
}

export function pyStr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  return q + s.replace(/\\/g, '\\\\').replace(q === "'" ? /'/g : /"/g, `\\${q}`).replace(/\n/g, '\\n').replace(/\t/g, '\\t') + q;
}
/** str() of a Python value. */
export function py(v: Y): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return String(v);
  if (v instanceof Flt) return floatRepr(v.n);
  if (v instanceof Stamp) return v.text;
  if (typeof v === 'string') return pyStr(v);
  if (Array.isArray(v)) return `[${v.map(py).join(', ')}]`;
  return `{${Object.entries(v).map(([k, x]) => `${pyStr(k)}: ${py(x)}`).join(', ')}}`;
}

/**
 * A looser YAML, as a converter that does not reproduce PyYAML might write AgentDojo's results: keys in the order
 * given, strings outside a plain character set JSON-quoted (escaped line breaks), numbers and booleans bare.
 */
function looseScalar(v: unknown): string {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = String(v);
  if (s.length > 0 && /^[A-Za-z0-9 .,@_\-/()]*$/.test(s) && !/^\d{4}-\d{2}-\d{2}/.test(s)) return s;
  return JSON.stringify(s);
}
function looseItem(o: Record<string, unknown>): string {
  const lines: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (Array.isArray(v)) {
      if (v.length === 0) lines.push(`${k}: []`);
      else lines.push(`${k}:`, ...v.map((x) => `- ${looseScalar(x)}`));
    } else lines.push(`${k}: ${looseScalar(v)}`);
  }
  return lines.map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`)).join('\n');
}
/** A list of mappings in the looser YAML. */
export const looseYaml = (xs: Record<string, unknown>[]) => xs.map(looseItem).join('\n');
/** One mapping (a created event, a sent email) in the looser YAML. */
export const looseYamlOne = (o: Record<string, unknown>) => looseItem(o).replace(/^- /, '').replace(/\n {2}/g, '\n');
