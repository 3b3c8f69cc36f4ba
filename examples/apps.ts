// The example apps, for the demo and the tests.
import { codingTeam } from './coding-team/app.ts';
import { emailAssistant } from './email-assistant/app.ts';
import type { ExampleApp } from './shared/scenario.ts';

export const APPS: readonly ExampleApp[] = [emailAssistant, codingTeam];
