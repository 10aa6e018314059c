import type { Storage, StoreItems } from 'botbuilder';

/** The field under which each saved item records when it was saved (milliseconds since the epoch). */
export const SAVED_AT = 'kindredSavedAt';

export interface ExpiryOptions {
  /** How long after its last save a conversation's state still counts as present. */
  ttlMs: number;
  /**
   * The same for user state: the place and language a person asked Kindred to remember "for next time",
   * which must outlive a conversation. Defaults to `ttlMs`.
   */
  userTtlMs?: number;
  /** The clock; tests pass their own. */
  now?: () => number;
}

/** True for user state, by its key before hashing ("msteams/users/…") or its stored name after ("users-…"). */
export function isUserStateKey(key: string): boolean {
  return /^[^/]*\/users\//.test(key) || key.startsWith('users-');
}

/** The lifetime of one key: user state lives `userTtlMs`, everything else `ttlMs`. */
export function ttlForKey(key: string, ttlMs: number, userTtlMs: number = ttlMs): number {
  return isUserStateKey(key) ? userTtlMs : ttlMs;
}

/** True when an item read from storage was saved longer ago than `ttlMs` (items without a stamp never expire). */
export function isExpired(item: unknown, ttlMs: number, now: number): boolean {
  const savedAt = (item as Record<string, unknown> | null)?.[SAVED_AT];
  return typeof savedAt === 'number' && now - savedAt > ttlMs;
}

/**
 * Conversation and user state expire: Blob storage has no time-to-live of its own, so each write stamps
 * the item, and a read treats an item older than the TTL as absent and deletes it on the spot. (Items
 * nobody reads again are removed by the sweeper in stateSweeper.ts.)
 */
export class ExpiringStorage implements Storage {
  private readonly now: () => number;

  constructor(
    private readonly inner: Storage,
    private readonly options: ExpiryOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    const now = this.now();
    const expired = Object.keys(items).filter((key) =>
      isExpired(items[key], ttlForKey(key, this.options.ttlMs, this.options.userTtlMs), now),
    );
    if (expired.length === 0) return items;
    // Deleted before the turn goes on, so that the turn's own fresh write cannot be undone by a late delete.
    await this.inner.delete(expired);
    for (const key of expired) delete items[key];
    return items;
  }

  write(changes: StoreItems): Promise<void> {
    const savedAt = this.now();
    return this.inner.write(Object.fromEntries(Object.entries(changes).map(([key, value]) => [key, { ...value, [SAVED_AT]: savedAt }])));
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}
