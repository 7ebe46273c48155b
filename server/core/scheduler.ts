import type { AppContext } from './context';

/**
 * Periodic jobs (overdue escalation, closing consultations). Every app server runs them; a job must
 * therefore make each effect happen exactly once by itself — a conditional UPDATE
 * (`… WHERE state = 'open'`) that only one server can win, inside the transaction that does the work.
 */
export interface Job {
  name: string;
  everyMs: number;
  run(ctx: AppContext): Promise<void>;
}

const jobs: Job[] = [];

export function registerJob(job: Job): void {
  if (jobs.some((j) => j.name === job.name)) throw new Error(`Job ${job.name} registered twice`);
  jobs.push(job);
}

/** Runs every job once, in order; tests call this instead of waiting for timers. */
export async function runJobsOnce(ctx: AppContext, only?: string): Promise<void> {
  for (const j of jobs) if (!only || j.name === only) await j.run(ctx);
}

/**
 * Starts the timers; returns a stop function. A failing run is logged and retried at the next tick.
 * `everyMs` (GONGZHI_JOBS_EVERY_MS) runs every job at that interval instead of its own: the bench's two
 * servers race each job every half second to show that its effect still happens once.
 */
export function startScheduler(
  ctx: AppContext,
  log: { warn: (o: unknown, m: string) => void },
  everyMs?: number,
): () => void {
  const timers = jobs.map((j) => {
    let running = false;
    const t = setInterval(async () => {
      if (running) return;
      running = true;
      try {
        await j.run(ctx);
      } catch (err) {
        log.warn({ err, job: j.name }, 'scheduled job failed');
      } finally {
        running = false;
      }
    }, everyMs ?? j.everyMs);
    t.unref();
    return t;
  });
  return () => timers.forEach(clearInterval);
}
