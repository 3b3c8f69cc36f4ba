import { describe, expect, it } from 'vitest';
import type { Alert } from '../contract/api-types.ts';
import type { CorpusLabel } from './corpus.ts';
import { formatTable, scoreAlerts } from './eval.ts';

const alert = (sessionId: string, category: string, severity: Alert['severity'], spanIds: string[]): Alert =>
  ({ id: `${sessionId}-${category}`, sessionId, app: 'bank', ruleId: category, category, severity, score: 0.8, title: 't', explanation: 'e', evidence: { nodeIds: [], edgeIds: [], path: [], spanIds }, createdAt: '', updatedAt: '', status: 'open' }) as Alert;

describe('scoreAlerts', () => {
  it('counts content recall over attacked runs and, apart, on the injected span of runs that carry the injection', () => {
    const labels: CorpusLabel[] = [
      { id: 'hit', file: 'a', suite: 'bank', attacked: true, attackSucceeded: true, injectedToolSpanIds: ['s1'] },
      { id: 'elsewhere', file: 'b', suite: 'bank', attacked: true, attackSucceeded: false, injectedToolSpanIds: ['s2'] },
      { id: 'never-read', file: 'c', suite: 'bank', attacked: true, attackSucceeded: false, injectedToolSpanIds: [] },
      { id: 'benign', file: 'd', suite: 'bank', attacked: false, attackSucceeded: false },
    ];
    const alerts: Record<string, Alert[]> = {
      hit: [alert('hit', 'injection_content', 'medium', ['s1']), alert('hit', 'injection_propagation', 'critical', ['s1', 's9'])],
      // An injection_content alert, but on another span than the planted text: not found where it is.
      elsewhere: [alert('elsewhere', 'injection_content', 'medium', ['s7'])],
      benign: [alert('benign', 'loop', 'low', ['s3'])],
    };
    const [row] = scoreAlerts(labels, (id) => alerts[id] ?? []);
    expect(row).toMatchObject({ attacked: 3, succeeded: 1, propagationRecall: 1, contentRecall: 2 / 3, carrying: 2, contentRecallOnSpan: 0.5 });
    expect(row.falsePositiveRate).toMatchObject({ low: 1, medium: 0, high: 0 });
    const table = formatTable([row], 't');
    expect(table).toContain('| bank | 1 | 3 | 1 | 100.0% |  66.7% | 2 |  50.0% | 100.0% |   0.0% |   0.0% |   0.0% |');
  });
});
