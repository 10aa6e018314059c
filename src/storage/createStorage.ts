import { ContainerClient } from '@azure/storage-blob';
import type { Storage } from 'botbuilder';
import { ConfigError, type Config } from '../config';
import type { Logger } from '../log';
import { BlobBackend } from './blobBackend';
import { ExpiringStorage } from './expiringStorage';
import { HashedKeyStorage } from './hashedKeys';
import { SweepableMemoryStorage } from './memoryBackend';
import { OptimisticStorage } from './optimisticStorage';
import type { ExpiredStateSweeper } from './stateSweeper';
import { TimedStorage } from './timedStorage';

/** Kindred's state store, ready for ConversationState and UserState, and what it is built on. */
export interface StateStore {
  storage: Storage;
  backend: 'blobs' | 'memory';
  /** Deletes state nobody has saved for longer than the TTL (run it on a timer: startSweeping). */
  sweeper: ExpiredStateSweeper;
  ttlMs: number;
  /** Lifetime of user state (the consented "remember me" profile). */
  userTtlMs: number;
}

export interface GuardOptions {
  timeoutMs: number;
  ttlMs: number;
  userTtlMs?: number;
  now?: () => number;
}

/** Conversation keys get optimistic concurrency; a user's preferences stay last-writer-wins. */
export const isConversationKey = (key: string): boolean => /^[^/]*\/conversations\//.test(key);

/**
 * Wraps a raw store with everything Kindred expects of state storage, outermost first: ETag checks on
 * conversation state (OptimisticStorage), expiry (ExpiringStorage), hashed keys (HashedKeyStorage) and a
 * deadline on every call (TimedStorage).
 */
export function guardStorage(raw: Storage, options: GuardOptions): Storage {
  const timed = new TimedStorage(raw, options.timeoutMs);
  const expiring = new ExpiringStorage(new HashedKeyStorage(timed), {
    ttlMs: options.ttlMs,
    userTtlMs: options.userTtlMs,
    now: options.now,
  });
  return new OptimisticStorage(expiring, isConversationKey);
}

/**
 * Builds state storage from configuration: Azure Blob storage when STORAGE_CONNECTION_STRING is set
 * (any number of instances can then serve one conversation), otherwise memory.
 */
export function createStorage(config: Config, log: Logger): StateStore {
  const ttlMs = config.stateTtlMinutes * 60_000;
  const userTtlMs = config.profileTtlDays * 24 * 60 * 60_000;
  if (config.storageConnectionString) checkConnectionString(config.storageConnectionString, config.storageContainer);
  const raw = config.storageConnectionString
    ? new BlobBackend({
        connectionString: config.storageConnectionString,
        container: config.storageContainer,
        timeoutMs: config.storageTimeoutMs,
      })
    : new SweepableMemoryStorage();
  const backend = raw instanceof BlobBackend ? 'blobs' : 'memory';
  log.info({ event: 'storage', backend, ttlMinutes: config.stateTtlMinutes, timeoutMs: config.storageTimeoutMs }, 'state storage ready');
  return { storage: guardStorage(raw, { timeoutMs: config.storageTimeoutMs, ttlMs, userTtlMs }), backend, sweeper: raw, ttlMs, userTtlMs };
}

/** Stops start-up on a connection string the Azure SDK cannot parse, without ever repeating the secret. */
function checkConnectionString(connectionString: string, container: string): void {
  try {
    new ContainerClient(connectionString, container);
  } catch {
    throw new ConfigError(
      'STORAGE_CONNECTION_STRING',
      'is not an Azure Storage connection string (copy one from the storage account\'s "Access keys", or leave it empty for memory)',
    );
  }
}
