// Runs a task at most once per interval while triggers keep coming, and always once after the last
// trigger. No `vscode` import: unit-tested with node --test.

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * A trigger runs the task at once when the last run started at least `intervalMs` ago, else when the
 * interval is over. Triggers while the task runs schedule exactly one more run after it: the last
 * trigger is never lost, and runs never overlap.
 */
export class Throttle {
  private lastStart = Number.NEGATIVE_INFINITY;
  private timer: unknown;
  private running = false;
  private pending = false;
  private disposed = false;

  constructor(
    private readonly task: () => Promise<void>,
    private readonly intervalMs: number,
    private readonly clock: Clock = realClock,
  ) {}

  trigger(): void {
    if (this.disposed) {
      return;
    }
    if (this.running) {
      this.pending = true;
      return;
    }
    if (this.timer !== undefined) {
      return;
    }
    const wait = this.lastStart + this.intervalMs - this.clock.now();
    if (wait <= 0) {
      void this.run();
    } else {
      this.timer = this.clock.setTimeout(() => {
        this.timer = undefined;
        void this.run();
      }, wait);
    }
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== undefined) {
      this.clock.clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  private async run(): Promise<void> {
    if (this.disposed) {
      return;
    }
    this.running = true;
    this.pending = false;
    this.lastStart = this.clock.now();
    try {
      await this.task();
    } catch {
      // The task reports its own errors; a failure must not stop later runs.
    } finally {
      this.running = false;
    }
    if (this.pending) {
      this.trigger();
    }
  }
}
