#!/usr/bin/env node
// Runs a TypeScript entry point through tsx (Node 20 cannot strip types itself): node run-ts.js file.ts [args...]
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [, , entry, ...rest] = process.argv;
if (!entry) {
  console.error('usage: run-ts.js <file.ts> [args...]');
  process.exit(2);
}
register();
process.argv = [process.argv[0], resolve(entry), ...rest];
await import(pathToFileURL(resolve(entry)).href);
