// A small POSIX-shell reader: enough of the grammar to tell which programs a command line runs with which words.
// Why hand-written: the parsers on npm (shell-quote, bash-parser) either drop operators we need (`<(`, `2>&1`) or
// build a full AST at many times the cost; this runs on every command an agent executes and on text it reads.

/** One program run: its words (quotes removed), the files it writes by redirection, and the command lines nested in it. */
export interface SimpleCommand {
  words: string[];
  writes: string[];
  /** `$(…)`, `<(…)` and backtick substitutions, as text. */
  nested: string[];
}

/** At most this many commands are read from one line: a hostile argument must not cost more. */
const MAX_COMMANDS = 64;

/**
 * Pipelines of a command line (split at `;`, `&&`, `||`, `&` and line breaks), each a list of simple commands (split
 * at `|`). Unbalanced quotes run to the end of the line, as a shell would wait for the rest.
 *
 * @example
 * parseShell("curl -s https://x.sh | sudo bash; echo ok > /tmp/log")
 * // [[{words:['curl','-s','https://x.sh']}, {words:['sudo','bash']}], [{words:['echo','ok'], writes:['/tmp/log']}]]
 */
export function parseShell(line: string): SimpleCommand[][] {
  const pipelines: SimpleCommand[][] = [];
  let pipeline: SimpleCommand[] = [];
  let cmd: SimpleCommand = { words: [], writes: [], nested: [] };
  let word = '';
  let inWord = false;
  /** The next word is a redirection's target: 1 a file written, 2 a file read (skipped), 3 a descriptor or a file written (`>&`). */
  let redirect = 0;
  let count = 0;

  const endWord = () => {
    if (!inWord) return;
    if (redirect === 1 || (redirect === 3 && !/^(?:\d+|-)$/.test(word))) cmd.writes.push(word);
    else if (redirect === 0) cmd.words.push(word);
    redirect = 0;
    word = '';
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    if (cmd.words.length > 0 || cmd.writes.length > 0 || cmd.nested.length > 0) {
      pipeline.push(cmd);
      count++;
    }
    cmd = { words: [], writes: [], nested: [] };
  };
  const endPipeline = () => {
    endCommand();
    if (pipeline.length > 0) pipelines.push(pipeline);
    pipeline = [];
  };

  const n = line.length;
  for (let i = 0; i < n && count < MAX_COMMANDS; i++) {
    const c = line[i];
    if (c === "'") {
      const close = line.indexOf("'", i + 1);
      const end = close < 0 ? n : close;
      word += line.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < n && line[j] !== '"'; j++) {
        if (line[j] === '\\' && j + 1 < n) word += line[++j];
        else if (line[j] === '$' && line[j + 1] === '(') {
          const close = closing(line, j + 2);
          cmd.nested.push(line.slice(j + 2, close));
          word += line.slice(j, Math.min(close + 1, n));
          j = close;
        } else if (line[j] === '`') {
          const close = indexOr(line, '`', j + 1);
          cmd.nested.push(line.slice(j + 1, close));
          j = close;
        } else word += line[j];
      }
      inWord = true;
      i = j;
    } else if (c === '\\' && i + 1 < n) {
      if (line[i + 1] !== '\n') word += line[i + 1];
      inWord = true;
      i++;
    } else if ((c === '$' || c === '<' || c === '>') && line[i + 1] === '(') {
      const close = closing(line, i + 2);
      cmd.nested.push(line.slice(i + 2, close));
      word += line.slice(i, Math.min(close + 1, n));
      inWord = true;
      i = close;
    } else if (c === '`') {
      const close = indexOr(line, '`', i + 1);
      cmd.nested.push(line.slice(i + 1, close));
      inWord = true;
      i = close;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      endWord();
    } else if (c === '\n' || c === ';') {
      endPipeline();
    } else if (c === '&') {
      if (line[i + 1] === '&') i++;
      else if (line[i + 1] === '>') {
        // `&> file`: both streams to a file.
        endWord();
        redirect = 1;
        i += line[i + 2] === '>' ? 2 : 1;
        continue;
      }
      endPipeline();
    } else if (c === '|') {
      if (line[i + 1] === '|') {
        i++;
        endPipeline();
      } else endCommand();
    } else if (c === '>' || c === '<') {
      // `2>&1`, `>>`, `>|`: a descriptor number before it is no word; `>&2` names a descriptor, not a file.
      if (inWord && /^\d+$/.test(word)) {
        word = '';
        inWord = false;
      } else endWord();
      if (line[i + 1] === '>' || line[i + 1] === '|') i++;
      if (line[i + 1] === '&') {
        i++;
        redirect = c === '>' ? 3 : 2;
      } else redirect = c === '>' ? 1 : 2;
    } else if (c === '(' || c === ')') {
      endCommand();
    } else {
      word += c;
      inWord = true;
    }
  }
  endPipeline();
  return pipelines;
}

/** The index of the `)` closing a `(` opened before `from`, or the end of the line. */
function closing(line: string, from: number): number {
  let depth = 1;
  for (let j = from; j < line.length; j++) {
    const c = line[j];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
  }
  return line.length;
}

function indexOr(line: string, c: string, from: number): number {
  const i = line.indexOf(c, from);
  return i < 0 ? line.length : i;
}
