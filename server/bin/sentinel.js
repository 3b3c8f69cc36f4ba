#!/usr/bin/env node
// The `sentinel` command: registers tsx so the TypeScript sources run as they are, then hands over to the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
process.exitCode = code;
// A stray handle (a keep-alive socket) must not keep a finished command alive.
setTimeout(() => process.exit(code), 2_000).unref();
