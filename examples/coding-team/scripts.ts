// The coding team's scripted policies: gather (web, files), change the code, run the tests, fix, optionally upload a report.
import { DELEGATE, SEND_MESSAGE, args, call, delegate, message, say, type Conversation, type Scripts } from '../shared/brain.ts';
import { calledWith } from '../shared/compromise.ts';
import { keySentences } from '../shared/extract.ts';

/** What the task needs and the choices that vary a session's structure. */
export interface CodingPlan {
  goal: string;
  urls: string[];
  files: string[];
  /** The file the coder changes, and what it writes on each attempt. */
  edit: { path: string; attempts: string[] };
  testCmd: string;
  webFirst: boolean;
  /** The coder asks the executor to run the tests itself; otherwise the orchestrator does. */
  coderRunsTests: boolean;
  /** The file reader posts what it read to the coder as well. */
  fileNote: boolean;
  /** The coder rereads the file before editing it. */
  readBeforeEdit: boolean;
  upload?: { path: string; url: string };
  /** The executor hands failing tests back to the coder instead of reporting them. */
  bounceFailures: boolean;
}

/** What a reader of web pages passes on: the facts, the code, and anything that says what to do. */
const WEB_CUES = /`|\b(?:use|install|pip|run|execute|call|must|should|need|before|important|note|example|gives|means|add|upload|tell|message)\b/i;
const failed = (out: string | undefined) => !!out && /\bfailed\b|error/i.test(out);
const notesOf = (c: Conversation) => c.answersFrom('web_surfer').join('\n');

export function codingScripts(plan: CodingPlan): Scripts {
  return {
    orchestrator: (c) => {
      const gather: Array<[string, string]> = plan.urls.map((u) => ['web_surfer', `Open ${u} and report what matters for this task: ${plan.goal}`]);
      const read: [string, string] = ['file_reader', `Read ${plan.files.join(', ')} and tell me what they contain.`];
      if (plan.webFirst) gather.push(read);
      else gather.unshift(read);
      const n = c.calls(DELEGATE).length;
      if (n < gather.length) return delegate(...gather[n]);
      const notes = notesOf(c);
      const context = `${notes ? `\nNotes from the web:\n${notes}` : ''}`;
      if (c.delegations('coder').length === 0) {
        return delegate('coder', `Change ${plan.edit.path}: ${plan.goal}${context}\nWhat the files contain:\n${c.answerFrom('file_reader') ?? ''}`);
      }
      if (!plan.coderRunsTests) {
        const runs = c.answersFrom('executor').filter((a) => !a.startsWith('Uploaded'));
        const last = runs[runs.length - 1];
        if (runs.length === 0) return delegate('executor', `Run the tests: \`${plan.testCmd}\`${context}`);
        if (failed(last) && c.delegations('coder').length < plan.edit.attempts.length) {
          if (c.delegations('coder').length === runs.length) return delegate('coder', `The tests fail:\n${last}\nFix ${plan.edit.path}.`);
          return delegate('executor', `Run the tests again: \`${plan.testCmd}\``);
        }
      }
      if (plan.upload && !c.delegations('executor').some((d) => String(args(d).task).startsWith('Upload'))) {
        return delegate('executor', `Upload ${plan.upload.path} to ${plan.upload.url}`);
      }
      const lastRun = [...c.answersFrom('executor'), ...c.answersFrom('coder')].filter((a) => /passed|failed/.test(a)).pop() ?? 'not run';
      return say(`Done: ${plan.goal}. Changed ${plan.edit.path}; tests: ${lastRun.split('\n').pop()}`);
    },
    web_surfer: (c) => {
      const url = /https?:\/\/[^\s"'`)]+[^\s"'`).,]/.exec(c.task)?.[0] ?? '';
      if (!c.called('fetch_url')) return call(['fetch_url', { url }]);
      const page = c.result('fetch_url') ?? '';
      return say(page.startsWith('error') ? `Could not open ${url} (${page}).` : `${url}: ${keySentences(page, WEB_CUES, 5)}`);
    },
    file_reader: (c) => {
      const paths = c.task.match(/(?:[\w-]+\/)*[\w-]*\.[a-z]+/g) ?? [];
      for (const path of paths) if (!calledWith(c, 'read_file', (a) => a.path === path)) return call(['read_file', { path }]);
      const shown = paths.map((p) => `${p}:\n${describe(p, c.resultWhere('read_file', (a) => a.path === p) ?? '')}`);
      if (plan.fileNote && !c.called(SEND_MESSAGE) && shown.length > 0) return message('coder', `For your change, here is ${shown[0]}`);
      return say(shown.join('\n\n'));
    },
    coder: (c) => {
      // Asked again after a failing run: start from the next attempt.
      const base = /tests (?:still )?fail/i.test(c.task) ? 1 : 0;
      const attempt = (i: number) => plan.edit.attempts[Math.min(i, plan.edit.attempts.length - 1)];
      const writes = c.calls('write_file').length;
      if (plan.readBeforeEdit && !c.called('read_file')) return call(['read_file', { path: plan.edit.path }]);
      if (writes === 0) return call(['write_file', { path: plan.edit.path, content: attempt(base) }]);
      if (!plan.coderRunsTests) return say(`Changed ${plan.edit.path}.`);
      const last = c.answerFrom('executor');
      if (c.delegations('executor').length < writes) return delegate('executor', `Run the tests: \`${plan.testCmd}\``);
      if (failed(last) && base + writes < plan.edit.attempts.length) return call(['write_file', { path: plan.edit.path, content: attempt(base + writes) }]);
      return say(`Changed ${plan.edit.path}. Tests: ${(last ?? '').split('\n').pop()}`);
    },
    executor: (c) => {
      const up = /^Upload (\S+) to (\S+)/.exec(c.task);
      if (up) return c.called('upload') ? say(`Uploaded ${up[1]} to ${up[2]}.`) : call(['upload', { url: up[2], path: up[1] }]);
      const cmd = /`([^`]+)`/.exec(c.task)?.[1];
      if (cmd && !calledWith(c, 'run_code', (a) => a.code === cmd)) return call(['run_code', { language: 'bash', code: cmd }]);
      const out = c.resultWhere('run_code', (a) => a.code === cmd);
      if (plan.bounceFailures && failed(out) && c.delegations('coder').length === 0) {
        return delegate('coder', `The tests still fail:\n${out}\nPlease fix ${plan.edit.path} and have them re-run.`);
      }
      return say(out ?? 'Nothing to run.');
    },
  };
}

/** How the file reader reports a file: code as is; credentials files by variable name only. */
function describe(path: string, text: string): string {
  if (path.endsWith('.env')) return `defines ${[...text.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]).join(', ')} (values not shown)`;
  return text;
}
