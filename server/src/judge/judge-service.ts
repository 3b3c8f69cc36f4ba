// The judge as the server sees it: on or off (and why), the queue once the host is attached, and what the health endpoint shows.
import { HourlyBudget, JudgeClient, describeEndpoint, resolveJudgeConfig } from '@sentinel/judge';
import type { Alert, JudgeInfo } from '../contract/api-types.ts';
import type { SentinelConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import { JudgeQueue, type JudgeHost } from './judge-queue.ts';

export interface JudgeService {
  /** Connects the judge to the running server (the pipeline and the live bus exist only after the detectors). */
  attach(host: JudgeHost): void;
  onAlerts(alerts: Alert[]): void;
  judgeSession(sessionId: string): { queued: boolean; reason?: string };
  info(): JudgeInfo;
  close(): Promise<void>;
}

/**
 * Off (every call answers why) unless a model and an endpoint are configured. Throws
 * ValidationError on a malformed base URL, so a typo stops the server at start.
 */
export function createJudgeService(config: SentinelConfig, store: Store, log: Logger): JudgeService {
  const setup = resolveJudgeConfig({
    baseUrl: config.judgeBaseUrl,
    apiKey: config.judgeApiKey,
    model: config.judgeModel,
    temperature: config.judgeTemperature,
    timeoutMs: config.judgeTimeoutMs,
    maxRetries: config.judgeMaxRetries,
    maxConcurrency: config.judgeMaxConcurrency,
    callsPerHour: config.judgeCallsPerHour,
    tokensPerHour: config.judgeTokensPerHour,
    maxPromptTokens: config.judgeMaxPromptTokens,
    maxCompletionTokens: config.judgeMaxCompletionTokens,
    responseFormat: config.judgeResponseFormat,
  });
  if (!setup.enabled) {
    return {
      attach: () => undefined,
      onAlerts: () => undefined,
      judgeSession: () => ({ queued: false, reason: `the judge is off: ${setup.reason}` }),
      info: () => ({ enabled: false, reason: setup.reason }),
      close: async () => undefined,
    };
  }
  const jc = setup.config;
  const client = new JudgeClient(jc);
  const budget = new HourlyBudget({ callsPerHour: jc.callsPerHour, tokensPerHour: jc.tokensPerHour });
  let queue: JudgeQueue | undefined;
  log.info(`judge: ${jc.model} at ${describeEndpoint(jc.baseUrl)}, alerts >= ${config.judgeMinSeverity}, budget ${jc.callsPerHour} calls / ${jc.tokensPerHour} tokens per hour`);
  return {
    attach: (host) => {
      queue = new JudgeQueue({
        client,
        budget,
        store,
        host,
        log,
        maxQueue: config.judgeQueueSize,
        concurrency: jc.maxConcurrency,
        minSeverity: config.judgeMinSeverity,
        scoreThreshold: config.judgeScoreThreshold,
        maxPromptTokens: jc.maxPromptTokens,
        maxCompletionTokens: jc.maxCompletionTokens,
        maxContentChars: config.maxContentChars,
      });
    },
    onAlerts: (alerts) => queue?.onAlerts(alerts),
    judgeSession: (id) => queue?.request(id) ?? { queued: false, reason: 'the judge is starting' },
    info: () => ({
      enabled: true,
      endpoint: describeEndpoint(jc.baseUrl),
      model: jc.model,
      responseFormat: client.responseFormat,
      minSeverity: config.judgeMinSeverity,
      scoreThreshold: config.judgeScoreThreshold,
      maxPromptTokens: jc.maxPromptTokens,
      queue: { pending: queue?.depth ?? 0, inFlight: queue?.active ?? 0, max: config.judgeQueueSize, concurrency: jc.maxConcurrency },
      budget: budget.snapshot(),
      dropped: { ...queue?.dropped },
      lastError: queue?.lastError,
    }),
    close: async () => queue?.close(),
  };
}
