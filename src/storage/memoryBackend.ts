import { ttlForKey } from './expiringStorage';
import { MemoryStorage, type StoreItems } from 'botbuilder';
import type { ExpiredStateSweeper } from './stateSweeper';

/**
 * Local mode's state store: botbuilder's MemoryStorage (ETags and all), which also remembers when each
 * key was last written so that expired state can be swept out; otherwise every conversation a
 * long-running local server ever had would stay in memory.
 */
export class SweepableMemoryStorage extends MemoryStorage implements ExpiredStateSweeper {
  private readonly writtenAt = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {
    super();
  }

  override async write(changes: StoreItems): Promise<void> {
    await super.write(changes);
    const now = this.now();
    for (const key of Object.keys(changes)) this.writtenAt.set(key, now);
  }

  override async delete(keys: string[]): Promise<void> {
    // MemoryStorage leaves the key behind with an undefined value; remove it completely.
    for (const key of keys) {
      delete this.memory[key];
      this.writtenAt.delete(key);
    }
  }

  async sweepExpired(ttlMs: number, userTtlMs: number = ttlMs): Promise<number> {
    const now = this.now();
    let removed = 0;
    for (const [key, at] of this.writtenAt) {
      if (at >= now - ttlForKey(key, ttlMs, userTtlMs)) continue;
      delete this.memory[key];
      this.writtenAt.delete(key);
      removed += 1;
    }
    return removed;
  }

  /** How many items are stored (for tests and the soak). */
  get size(): number {
    return this.writtenAt.size;
  }
}
