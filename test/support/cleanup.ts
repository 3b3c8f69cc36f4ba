// Setup file of every test file (vitest.config.ts): the temp directories a test file made are removed
// after it, whether or not the test removed them (a run of the suite left a dozen behind in /tmp).
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dir.ts';

afterAll(removeTempDirs);
