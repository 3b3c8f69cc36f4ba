// Content analysis thread entry: plain JS so it starts without a TypeScript loader, then loads the TypeScript body through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./content-worker-main.ts');
