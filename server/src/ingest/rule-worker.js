// Rule thread entry: plain JS so it starts without a TypeScript loader, then loads the TypeScript body through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./rule-worker-main.ts');
