import type { Storage, StoreItems } from 'botbuilder';
import { isETagConflict, StorageUnavailableError } from './errors';

/**
 * Gives every storage call a deadline. A call that is late or fails becomes a StorageUnavailableError, so
 * the turn fails fast with the apology that says where to get help, instead of hanging the request.
 * ETag conflicts pass through untouched: they are a normal answer, not an outage.
 */
export class TimedStorage implements Storage {
  constructor(
    private readonly inner: Storage,
    private readonly timeoutMs: number,
  ) {}

  read(keys: string[]): Promise<StoreItems> {
    return this.guard('read', () => this.inner.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.guard('write', () => this.inner.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.guard('delete', () => this.inner.delete(keys));
  }

  private async guard<T>(operation: 'read' | 'write' | 'delete', call: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StorageUnavailableError(operation, 'timeout')), this.timeoutMs);
    });
    try {
      return await Promise.race([Promise.resolve().then(call), late]);
    } catch (err) {
      if (err instanceof StorageUnavailableError || isETagConflict(err)) throw err;
      throw new StorageUnavailableError(operation, 'failed', err instanceof Error ? err.name : typeof err);
    } finally {
      clearTimeout(timer);
    }
  }
}
