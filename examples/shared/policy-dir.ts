// Sentinel takes one policy path; a directory's files are merged. This builds one that holds every example app's policy.
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExampleApp } from './scenario.ts';

/**
 * A fresh temporary directory with a link to each app's policy file, named after its
 * service.name. Links, not copies: Sentinel's hot reload sees edits to the originals.
 */
export function examplePolicyDir(apps: readonly ExampleApp[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'sentinel-example-policies-'));
  for (const app of apps) symlinkSync(app.policyFile, join(dir, `${app.serviceName}.yaml`));
  return dir;
}
