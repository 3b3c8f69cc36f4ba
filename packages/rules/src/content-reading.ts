// Everything the rules read from a text untrusted content brought in (a tool's result, a message between agents) that
// depends on the text alone: its reading as the model sees it, the instruction scan, its values and commands. The same
// text gives the same reading in every session of an app, so a text read before is not read again (text-memo.ts).
import { contentValues, readableText, scanContent, type ContentMode, type ScanTools } from './content-facts.ts';
import { programWordsOf, type InstructionScan } from './instructions.ts';
import { commandsInText, type CommandAct } from './shell-commands.ts';
import { TextMemo } from './text-memo.ts';
import { asksForLocalSecrets, type Poison } from './tool-descriptions.ts';

export interface ContentReading {
  /** The text as the model reads it (readableText). */
  decoded: string;
  scan: InstructionScan;
  /** Values of the text and of its reading (contentValues). Shared: copy before changing. */
  values: ReadonlySet<string>;
  commands: ReadonlyMap<string, CommandAct> | undefined;
  /** What a result asks to be given of local secrets (asksForLocalSecrets): read when first needed, null for none. */
  asks?: Poison | null;
}

/** Characters of the texts whose readings are kept: ~8 MB of text, a few thousand tool results. */
const MAX_KEPT_CHARS = 4_000_000;

interface Kept {
  tools: ScanTools;
  mode: ContentMode;
  reading: ContentReading;
}
/** By text, then by the tools and mode it was read with (one pair in almost every case). */
const KEPT = TextMemo.shared<Kept[]>(MAX_KEPT_CHARS);

/** The reading of `text` for a session with `tools`, in `mode`. */
export function readContent(text: string, tools: ScanTools, mode: ContentMode): ContentReading {
  const kept = KEPT.get(text);
  if (kept !== undefined) for (const k of kept) if (k.tools === tools && k.mode === mode) return k.reading;
  const decoded = readableText(text);
  const scan = scanContent(text, { toolVerbs: tools.toolVerbs, toolNames: tools.toolNames, mode }, decoded);
  // The scan found the reading's program words on its way: commandsInText takes them instead of a pass of its own.
  const commands = commandsInText(decoded, programWordsOf(decoded));
  const reading: ContentReading = { decoded, scan, values: contentValues(text, decoded), commands };
  if (kept !== undefined) kept.push({ tools, mode, reading });
  else KEPT.set(text, [{ tools, mode, reading }]);
  return reading;
}

/** asksForLocalSecrets of the reading, read once. */
export function asksOf(reading: ContentReading): Poison | undefined {
  if (reading.asks === undefined) reading.asks = asksForLocalSecrets(reading.decoded) ?? null;
  return reading.asks ?? undefined;
}

/** A text taken as written, with what another reader found in it (a tool description's poison): not kept. */
export function readingAsWritten(text: string, scan: InstructionScan): ContentReading {
  return { decoded: text, scan, values: contentValues(text, text), commands: commandsInText(text, programWordsOf(text)) };
}
