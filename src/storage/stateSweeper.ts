import type { Logger } from '../log';

/** A store that can find and delete state nobody has saved for longer than the TTL. */
export interface ExpiredStateSweeper {
  /** Deletes items last written more than their TTL ago (`userTtlMs` for user state); resolves to how many. */
  sweepExpired(ttlMs: number, userTtlMs?: number): Promise<number>;
}

/**
 * Sweeps expired state on a timer: a conversation that is never read again would otherwise stay stored
 * for ever. The timer does not keep the process alive; stop() ends it.
 */
export function startSweeping(sweeper: ExpiredStateSweeper, ttlMs: number, log: Logger, userTtlMs: number = ttlMs): { stop(): void } {
  // Often enough that nothing outlives its TTL by much, rarely enough to cost nothing (a listing at most every 15 min).
  const everyMs = Math.min(Math.max(ttlMs / 2, 10_000), 15 * 60_000);
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweeper.sweepExpired(ttlMs, userTtlMs).then(
      (removed) => {
        running = false;
        if (removed > 0) log.info({ event: 'state_swept', removed }, 'expired state deleted');
      },
      (err: unknown) => {
        running = false;
        log.warn({ event: 'state_sweep_failed', err: err instanceof Error ? err.name : typeof err }, 'could not sweep expired state');
      },
    );
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
