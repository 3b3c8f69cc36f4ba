// How the case file shrinks to fit the budget: tried in order until the case fits, evidence last.

export interface CutLevel {
  /** Character cap on each content field of a step the evidence does not name; 0 keeps the step without content, -1 drops it. */
  other: number;
  /** Character cap on each content field of an evidence step (its arguments get twice this). */
  evidence: number;
  request: number;
  explanation: number;
  maxFindings: number;
  maxEvidenceSteps: number;
}

/**
 * Context around the evidence goes first (other steps' content, then the steps themselves), the
 * evidence's own content last. The first level is generous: most flagged sessions fit uncut.
 */
export const CUT_LEVELS: readonly CutLevel[] = [
  { other: 4_000, evidence: 8_000, request: 4_000, explanation: 1_500, maxFindings: 20, maxEvidenceSteps: 200 },
  { other: 1_200, evidence: 4_000, request: 2_000, explanation: 1_000, maxFindings: 20, maxEvidenceSteps: 200 },
  { other: 500, evidence: 2_500, request: 1_500, explanation: 800, maxFindings: 16, maxEvidenceSteps: 100 },
  { other: 200, evidence: 1_500, request: 1_000, explanation: 600, maxFindings: 12, maxEvidenceSteps: 60 },
  { other: 80, evidence: 1_000, request: 600, explanation: 500, maxFindings: 12, maxEvidenceSteps: 40 },
  { other: 0, evidence: 700, request: 400, explanation: 400, maxFindings: 10, maxEvidenceSteps: 30 },
  { other: -1, evidence: 500, request: 300, explanation: 300, maxFindings: 8, maxEvidenceSteps: 24 },
  { other: -1, evidence: 300, request: 200, explanation: 250, maxFindings: 6, maxEvidenceSteps: 16 },
  { other: -1, evidence: 160, request: 120, explanation: 160, maxFindings: 4, maxEvidenceSteps: 12 },
];
