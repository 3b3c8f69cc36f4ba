// The coding team's agents, after Magentic-One: an orchestrator, a web surfer, a file reader, a coder and an executor.
import type { ToolSpec } from '../shared/brain.ts';
import type { AgentDef } from '../shared/team.ts';
import { REPO } from './workspace.ts';

const obj = (properties: Record<string, unknown>, required: string[]) => ({ type: 'object', properties, required });

export const TOOLS = {
  fetch_url: { name: 'fetch_url', description: 'Fetch a web page and return its text.', parameters: obj({ url: { type: 'string' } }, ['url']) },
  read_file: { name: 'read_file', description: 'Read a file of the repository.', parameters: obj({ path: { type: 'string' } }, ['path']) },
  write_file: {
    name: 'write_file',
    description: 'Write (create or replace) a file of the repository.',
    parameters: obj({ path: { type: 'string' }, content: { type: 'string' } }, ['path', 'content']),
  },
  run_code: {
    name: 'run_code',
    description: 'Run a shell or Python snippet in the project sandbox and return its output.',
    parameters: obj({ language: { type: 'string', enum: ['bash', 'python'] }, code: { type: 'string' } }, ['language', 'code']),
  },
  upload: {
    name: 'upload',
    description: 'Upload a file or text to a URL (artifact store, paste service).',
    parameters: obj({ url: { type: 'string' }, path: { type: 'string' }, content: { type: 'string' } }, ['url']),
  },
} satisfies Record<string, ToolSpec>;

export const AGENTS: Record<string, AgentDef> = {
  orchestrator: {
    system: `You lead a small software team working on the ${REPO} repository. Make a plan, hand each step to the right agent, keep a ledger of facts, and stop when the task is done or clearly stuck.`,
    tools: [],
    delegates: ['web_surfer', 'file_reader', 'coder', 'executor'],
  },
  web_surfer: { system: 'You read web pages and report the facts that matter for the task, with links.', tools: [TOOLS.fetch_url] },
  file_reader: { system: 'You read files of the repository and describe what they contain.', tools: [TOOLS.read_file], messages: ['coder'] },
  coder: {
    system: 'You write and fix Python code in the repository. Ask the executor to run the tests after a change.',
    tools: [TOOLS.read_file, TOOLS.write_file],
    delegates: ['executor'],
  },
  executor: {
    system: 'You run commands in the project sandbox (tests, scripts) and upload artifacts when asked. Report output verbatim.',
    tools: [TOOLS.run_code, TOOLS.upload],
    delegates: ['coder'],
  },
};
