// The content size cap: every content field is text of at most `cap` characters, its start and its end kept.
import type { ChatMessage } from './agent-span.ts';
import { stringify } from './attr-values.ts';
import type { AttrValue } from './raw-span.ts';

export function capMessages(messages: ChatMessage[], field: string, cut: Cut): ChatMessage[] {
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i];
    if (m.content !== undefined) m.content = text(cut, `${field}.${i}`, m.content);
    if (m.toolCalls) for (const c of m.toolCalls) if (c.arguments !== undefined) c.arguments = text(cut, `${field}.${i}.arguments`, c.arguments);
  }
  return messages;
}

/** The content size cap, and what it cut (field → original length). */
export interface Cut {
  cap: number;
  truncated: Record<string, number>;
}

/** Content as text, cut to the cap (a plain function: the TypeScript loader names every closure created per span). */
export function text(cut: Cut, field: string, v: AttrValue | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = typeof v === 'string' ? v : stringify(v);
  if (s.length <= cut.cap) return s;
  cut.truncated[field] = s.length;
  return headAndTail(s, cut.cap);
}

/** Marks where an over-long text was cut. */
const CUT_MARK = '\n[…]\n';

/**
 * The start and the end of an over-long text, `cap` characters in all: instructions hidden in a long page
 * or file are as often appended after its content as placed before it, and a head-only cut let padding
 * push them out of what the rules read.
 */
function headAndTail(s: string, cap: number): string {
  if (cap < 64) return s.slice(0, cap);
  let tail = s.length - (cap >> 2);
  let head = cap - (cap >> 2) - CUT_MARK.length;
  // Never between the halves of a surrogate pair.
  if (isHighSurrogate(s.charCodeAt(head - 1))) head--;
  if (isHighSurrogate(s.charCodeAt(tail - 1))) tail++;
  return s.slice(0, head) + CUT_MARK + s.slice(tail);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
