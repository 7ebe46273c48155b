/**
 * A counting semaphore with a bounded FIFO queue. `run(fn)` waits for one of `slots` and runs `fn`;
 * when `maxWaiting` callers already wait, it refuses at once with `refuse()` instead of letting the
 * queue (and whatever each waiter holds) grow without end. `run(fn, waitUntil)`: a caller still waiting
 * at `waitUntil` (a Date.now() time) leaves the queue refused the same way, without running `fn`, so
 * nobody waits past it for an answer.
 */
interface Waiter {
  go: () => void;
  timer?: NodeJS.Timeout;
}

export class Semaphore {
  private active = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    readonly slots: number,
    readonly maxWaiting: number,
    private readonly refuse: () => Error,
  ) {
    if (!Number.isInteger(slots) || slots < 1)
      throw new Error(`Semaphore slots must be a positive integer, not ${slots}`);
    if (!Number.isInteger(maxWaiting) || maxWaiting < 0)
      throw new Error(`Semaphore maxWaiting must be an integer ≥ 0, not ${maxWaiting}`);
  }

  /** How many run now and how many wait, for tests and logs. */
  get counts(): { running: number; waiting: number } {
    return { running: this.active, waiting: this.waiting.length };
  }

  /** Whether `run` would refuse right now (every slot taken and the queue full). */
  get full(): boolean {
    return this.active >= this.slots && this.waiting.length >= this.maxWaiting;
  }

  async run<T>(fn: () => Promise<T>, waitUntil?: number): Promise<T> {
    await this.acquire(waitUntil);
    try {
      return await fn();
    } finally {
      this.release();
    }
  }

  private acquire(waitUntil?: number): Promise<void> {
    if (this.active < this.slots) {
      this.active++;
      return Promise.resolve();
    }
    const left = waitUntil === undefined ? Infinity : waitUntil - Date.now();
    if (this.full || left <= 0) return Promise.reject(this.refuse());
    return new Promise((resolve, reject) => {
      const w: Waiter = { go: resolve };
      if (left < Infinity)
        w.timer = setTimeout(() => {
          const i = this.waiting.indexOf(w);
          if (i < 0) return;
          this.waiting.splice(i, 1);
          reject(this.refuse());
        }, left);
      this.waiting.push(w);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the first in line, so a newcomer cannot overtake the queue.
    if (next) {
      clearTimeout(next.timer);
      next.go();
    } else this.active--;
  }
}
