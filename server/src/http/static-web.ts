// Serves the built dashboard (web/dist) at / with a single-page-app fallback to index.html.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';

export function staticWeb(webDir: string): Router {
  const r = Router();
  const index = join(webDir, 'index.html');
  r.use(express.static(webDir, { index: false, maxAge: '1h', immutable: false }));
  r.get(/^\/(?!api\/|v1\/|socket\.io\/|metrics$).*/, (_req, res) => {
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The dashboard is not built. Run `npm run build:web` (npm start does it for you).\n');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return r;
}
