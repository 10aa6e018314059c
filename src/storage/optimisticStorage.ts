import type { Storage, StoreItems } from 'botbuilder';
import { isETagConflict, StateConflictError } from './errors';

/**
 * Optimistic concurrency for conversation state. botbuilder's BotState always saves with eTag "*" (last
 * writer wins), so two messages of one conversation handled at once would silently lose one turn's
 * changes. This storage remembers the ETag each state object was read with and saves with that ETag
 * instead, so the second save fails with StateConflictError and the turn can be run again on fresh state
 * (see turnRetry.ts).
 *
 * The read object itself is the key: BotState hands the very object it read back to write().
 */
export class OptimisticStorage implements Storage {
  private readonly eTags = new WeakMap<object, string>();

  /** `guarded(key)` says which keys get the check; the others keep last-writer-wins. */
  constructor(
    private readonly inner: Storage,
    private readonly guarded: (key: string) => boolean,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    for (const [key, value] of Object.entries(items)) {
      const eTag = (value as { eTag?: unknown } | null)?.eTag;
      if (this.guarded(key) && value && typeof value === 'object' && typeof eTag === 'string' && eTag !== '*') {
        this.eTags.set(value, eTag);
      }
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const sent: StoreItems = {};
    for (const [key, value] of Object.entries(changes)) {
      const eTag = value && typeof value === 'object' ? this.eTags.get(value) : undefined;
      sent[key] = eTag !== undefined ? { ...value, eTag } : value;
    }
    try {
      await this.inner.write(sent);
    } catch (err) {
      if (isETagConflict(err)) throw new StateConflictError();
      throw err;
    }
    // The new ETag is not returned by the storages, so a second save in the same turn is last-writer-wins.
    for (const value of Object.values(changes)) if (value && typeof value === 'object') this.eTags.delete(value);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}
