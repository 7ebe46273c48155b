import { afterEach, describe, expect, it, vi } from 'vitest';
import { Semaphore } from './semaphore';

/** A promise with its resolve outside, to hold a slot as long as a test wants. */
function gate() {
  let open!: () => void;
  const p = new Promise<void>((r) => (open = r));
  return { p, open };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('Semaphore', () => {
  it('runs at most `slots` at once, the rest in arrival order', async () => {
    const s = new Semaphore(2, 10, () => new Error('full'));
    const gates = Array.from({ length: 5 }, gate);
    const started: number[] = [];
    let now = 0;
    let peak = 0;
    const runs = gates.map((g, i) =>
      s.run(async () => {
        started.push(i);
        peak = Math.max(peak, ++now);
        await g.p;
        now--;
        return i;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect(s.counts).toEqual({ running: 2, waiting: 3 });
    gates[1].open();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    for (const g of gates) g.open();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
    expect(s.counts).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses beyond maxWaiting without running the work, and takes callers again once the queue shrinks', async () => {
    const s = new Semaphore(1, 1, () => new Error('busy'));
    const g = gate();
    expect(s.full).toBe(false);
    const first = s.run(() => g.p);
    expect(s.full).toBe(false); // the slot is taken, the queue still has room
    const second = s.run(async () => 'second');
    expect(s.full).toBe(true);
    let ran = false;
    await expect(
      s.run(async () => {
        ran = true;
      }),
    ).rejects.toThrow('busy');
    expect(ran).toBe(false);
    g.open();
    await first;
    expect(await second).toBe('second');
    expect(await s.run(async () => 'again')).toBe('again');
  });

  it('frees the slot when the work throws', async () => {
    const s = new Semaphore(1, 5, () => new Error('busy'));
    const failing = s.run(async () => {
      throw new Error('boom');
    });
    const next = s.run(async () => 'next');
    await expect(failing).rejects.toThrow('boom');
    expect(await next).toBe('next');
    expect(s.counts).toEqual({ running: 0, waiting: 0 });
  });

  describe('with waitUntil (the clock faked: no real waiting)', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('refuses a caller still waiting at waitUntil without running its work; the ones served in time run', async () => {
      vi.useFakeTimers();
      const s = new Semaphore(1, 10, () => new Error('busy'));
      const g = gate();
      const first = s.run(() => g.p, Date.now() + 1);
      let lateRan = false;
      const late = s.run(async () => {
        lateRan = true;
      }, Date.now() + 30_000);
      const lateSettled = expect(late).rejects.toThrow('busy');
      vi.advanceTimersByTime(29_999);
      expect(s.counts).toEqual({ running: 1, waiting: 1 });
      vi.advanceTimersByTime(1);
      await lateSettled;
      expect(lateRan).toBe(false);
      expect(s.counts).toEqual({ running: 1, waiting: 0 });
      // Already past its time with every slot taken: refused at once.
      await expect(s.run(async () => 'never', Date.now())).rejects.toThrow('busy');
      // One that gets the slot in time runs, and its timer is gone with it.
      const inTime = s.run(async () => 'in time', Date.now() + 30_000);
      vi.advanceTimersByTime(10_000);
      g.open();
      await first;
      expect(await inTime).toBe('in time');
      vi.advanceTimersByTime(60_000);
      expect(s.counts).toEqual({ running: 0, waiting: 0 });
      expect(vi.getTimerCount()).toBe(0);
    });
  });

  it('refuses nonsense limits', () => {
    expect(() => new Semaphore(0, 1, () => new Error())).toThrow(/slots/);
    expect(() => new Semaphore(1.5, 1, () => new Error())).toThrow(/slots/);
    expect(() => new Semaphore(1, -1, () => new Error())).toThrow(/maxWaiting/);
  });
});
