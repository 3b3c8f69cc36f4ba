// The judge's spending limit: calls and tokens per rolling hour, reserved before a call and settled with what it really used.

export interface BudgetLimits {
  /** Judge calls per rolling hour; 0 = no limit. */
  callsPerHour: number;
  /** Prompt + completion tokens per rolling hour; 0 = no limit. */
  tokensPerHour: number;
}

export type BudgetDenial = 'budget_calls' | 'budget_tokens';

export type Reservation = { ok: true; settle(tokens: number): void } | { ok: false; reason: BudgetDenial };

const HOUR_MS = 3_600_000;

/**
 * A sliding one-hour window. A call reserves its estimated tokens up front, so concurrent calls
 * cannot overshoot together, and settles with the real usage when the reply comes.
 *
 * @example
 * const r = budget.reserve(estimate);
 * if (!r.ok) return drop(r.reason);
 * const out = await call();
 * r.settle(out.tokens ?? estimate);
 */
export class HourlyBudget {
  private readonly entries: Array<{ at: number; tokens: number }> = [];

  constructor(
    readonly limits: BudgetLimits,
    private readonly now: () => number = Date.now,
  ) {}

  reserve(estimatedTokens: number): Reservation {
    const denied = this.exhausted(estimatedTokens);
    if (denied) return { ok: false, reason: denied };
    const entry = { at: this.now(), tokens: estimatedTokens };
    this.entries.push(entry);
    return { ok: true, settle: (tokens) => void (entry.tokens = tokens) };
  }

  /** Why a call of `tokens` would be refused now, or undefined if it fits. */
  exhausted(tokens = 0): BudgetDenial | undefined {
    this.prune();
    const { callsPerHour, tokensPerHour } = this.limits;
    if (callsPerHour > 0 && this.entries.length + 1 > callsPerHour) return 'budget_calls';
    if (tokensPerHour > 0 && this.usedTokens() + tokens > tokensPerHour) return 'budget_tokens';
    return undefined;
  }

  /** Use in the current window, for the health endpoint. */
  snapshot(): { calls: number; tokens: number } & BudgetLimits {
    this.prune();
    return { calls: this.entries.length, tokens: this.usedTokens(), ...this.limits };
  }

  private usedTokens(): number {
    return this.entries.reduce((n, e) => n + e.tokens, 0);
  }

  private prune(): void {
    const cutoff = this.now() - HOUR_MS;
    let i = 0;
    while (i < this.entries.length && this.entries[i].at <= cutoff) i++;
    if (i > 0) this.entries.splice(0, i);
  }
}
