import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');

export interface Child {
  proc: ChildProcess;
  url: string;
  /** Milliseconds from spawn to the ready line on stdout. */
  readyMs: number;
  /** What it printed up to then. */
  startLog: string;
  stop(): Promise<void>;
}

/**
 * Starts a Node process and resolves once its log shows `readyLine`. Its output goes straight to
 * `logFile` (a file descriptor, as a deployment would keep it), so the bench process, which also
 * generates the load, spends nothing on the server's log lines.
 */
export function startChild(
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
  readyLine: RegExp,
  logFile: string,
  timeoutMs = 60_000,
): Promise<Child> {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const from = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
  const fd = fs.openSync(logFile, 'a');
  const t0 = performance.now();
  const proc = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  const stop = () =>
    new Promise<void>((done) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return done();
      const kill = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      proc.once('exit', () => {
        clearTimeout(kill);
        done();
      });
      proc.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let exited = false;
    proc.once('exit', () => (exited = true));
    const poll = setInterval(() => {
      const elapsed = performance.now() - t0;
      const fresh = fs.readFileSync(logFile).subarray(from).toString();
      if (readyLine.test(fresh)) {
        clearInterval(poll);
        resolve({ proc, url: `http://127.0.0.1:${port}`, readyMs: elapsed, startLog: fresh, stop });
      } else if (exited || elapsed > timeoutMs) {
        clearInterval(poll);
        proc.kill('SIGKILL');
        reject(
          new Error(
            `${args.join(' ')} ${exited ? 'exited' : `not ready after ${timeoutMs} ms`} (log: ${logFile}):\n${fresh.slice(-2000)}`,
          ),
        );
      }
    }, 10);
  });
}

/** `gongzhi serve` on the bench database: the real server, as operators start it. */
export function startServer(
  env: NodeJS.ProcessEnv,
  port: number,
  logFile: string,
  nodeArgs: string[] = [],
): Promise<Child> {
  return startChild(
    [...nodeArgs, 'bin/gongzhi.mjs', 'serve'],
    // MALLOC_ARENA_MAX=2 as bin/gongzhi.mjs would set it (or MALLOC_ARENA_MAX from the bench's environment, e.g.
    // 16, glibc's own default on 2 cores, to measure without): set here, so no re-exec and the pid is the server's.
    { ...env, PORT: String(port), HOST: '127.0.0.1', MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' },
    port,
    /is ready at http/,
    logFile,
  );
}

/** Resident set size now and its high-water mark, in MB, from /proc (Linux). */
export function memoryOf(pid: number): { rssMb: number; hwmMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
}

/** Polls RSS while load runs; VmHWM also catches peaks between samples. */
export function sampleMemory(pid: number, everyMs = 250) {
  let peak = 0;
  const tick = () => {
    try {
      const m = memoryOf(pid);
      peak = Math.max(peak, m.rssMb, m.hwmMb);
    } catch {
      // The process ended; the last peak stands.
    }
  };
  tick();
  const timer = setInterval(tick, everyMs);
  return { stop: () => (clearInterval(timer), tick(), peak) };
}

/** CPU time the process has used so far (user + system, all threads), in ms, from /proc (Linux; 10 ms ticks). */
export function cpuMsOf(pid: number): number {
  // Fields after the command name (which is in parentheses and may hold spaces): utime and stime are the 12th and 13th.
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / CLOCK_TICKS;
}
/** USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK). */
const CLOCK_TICKS = 100;
