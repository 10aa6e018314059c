import { createHash } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';

/**
 * Storage keys name the channel's conversation and user ids ("msteams/users/29:1a2b…"). Stored under a
 * hash of the key instead, so that someone who can list the container cannot see whose state is there.
 * The kind of state stays readable as a name prefix ("conversations-", "users-") so that retention rules can tell them apart.
 */
export function hashedKey(key: string): string {
  const kind = /^[^/]*\/(conversations|users)\//.exec(key)?.[1] ?? 'other';
  return `${kind}-${createHash('sha256').update(key, 'utf8').digest('hex')}`;
}

/** A storage that hashes every key on the way down and gives callers back their own keys. */
export class HashedKeyStorage implements Storage {
  constructor(private readonly inner: Storage) {}

  async read(keys: string[]): Promise<StoreItems> {
    const byHash = new Map(keys.map((key) => [hashedKey(key), key]));
    const found = await this.inner.read([...byHash.keys()]);
    const items: StoreItems = {};
    for (const [hash, value] of Object.entries(found)) {
      const key = byHash.get(hash);
      if (key !== undefined) items[key] = value;
    }
    return items;
  }

  write(changes: StoreItems): Promise<void> {
    return this.inner.write(Object.fromEntries(Object.entries(changes).map(([key, value]) => [hashedKey(key), value])));
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys.map(hashedKey));
  }
}
