// Collects bursts (socket events) and hands them over once per frame, or every `ms` when the tab is hidden.

/**
 * `push` queues an item; `run` gets everything queued since the last call, at most once per
 * animation frame (rAF does not fire in hidden tabs, so a timer takes over there).
 */
export class Batcher<T> {
  private queue: T[] = [];
  private scheduled = false;
  private paused = false;

  constructor(
    private readonly run: (items: T[]) => void,
    private readonly ms = 100,
  ) {}

  push(item: T): void {
    this.queue.push(item);
    this.schedule();
  }

  get size(): number {
    return this.queue.length;
  }

  /** While paused items accumulate; resuming hands them all over at once. */
  setPaused(paused: boolean): void {
    this.paused = paused;
    if (!paused) this.schedule();
  }

  clear(): void {
    this.queue = [];
  }

  private schedule(): void {
    if (this.scheduled || this.paused || this.queue.length === 0) return;
    this.scheduled = true;
    const fire = () => {
      this.scheduled = false;
      if (this.paused) return;
      const items = this.queue;
      this.queue = [];
      if (items.length > 0) this.run(items);
    };
    if (typeof document !== 'undefined' && document.visibilityState === 'visible' && typeof requestAnimationFrame === 'function') requestAnimationFrame(fire);
    else setTimeout(fire, this.ms);
  }
}
