import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import type { Storage, StoreItems } from 'botbuilder';
import { ttlForKey } from './expiringStorage';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { isETagConflict } from './errors';
import type { ExpiredStateSweeper } from './stateSweeper';

export interface BlobBackendOptions {
  connectionString: string;
  container: string;
  /** Per-attempt deadline for the Azure SDK; the outer TimedStorage bounds the whole call. */
  timeoutMs: number;
}

/**
 * State in Azure Blob storage through botbuilder-azure-blobs, made to recover from an outage:
 * BlobsStorage checks its container once and keeps that promise even when it failed, so one failed
 * first call would break it until restart. After any failure other than an ETag conflict, the next call
 * gets a fresh BlobsStorage.
 */
export class BlobBackend implements Storage, ExpiredStateSweeper {
  private client: BlobsStorage | null = null;
  private readonly pipeline: StoragePipelineOptions;

  constructor(private readonly options: BlobBackendOptions) {
    // Few, short retries: a turn must answer quickly; the person can simply try again.
    this.pipeline = {
      retryOptions: { maxTries: 2, tryTimeoutInMs: options.timeoutMs, retryDelayInMs: 100, maxRetryDelayInMs: 500 },
    };
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.use((blobs) => blobs.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.use((blobs) => blobs.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.use((blobs) => blobs.delete(keys));
  }

  /**
   * Deletes blobs not modified for `ttlMs`. Each delete is conditional on the ETag seen in the listing, so
   * a conversation that comes back to life meanwhile is never deleted under a turn's feet.
   */
  async sweepExpired(ttlMs: number, userTtlMs: number = ttlMs): Promise<number> {
    const container = new ContainerClient(this.options.connectionString, this.options.container, this.pipeline);
    const abortSignal = AbortSignal.timeout(Math.max(this.options.timeoutMs * 20, 60_000));
    if (!(await container.exists({ abortSignal }))) return 0;
    const now = Date.now();
    let removed = 0;
    for await (const blob of container.listBlobsFlat({ abortSignal })) {
      if (blob.properties.lastModified.getTime() >= now - ttlForKey(blob.name, ttlMs, userTtlMs)) continue;
      try {
        await container.deleteBlob(blob.name, { conditions: { ifMatch: blob.properties.etag }, abortSignal });
        removed += 1;
      } catch (err) {
        const status = (err as { statusCode?: number }).statusCode;
        if (status !== 404 && status !== 412) throw err;
      }
    }
    return removed;
  }

  private async use<T>(call: (blobs: BlobsStorage) => Promise<T>): Promise<T> {
    const blobs = (this.client ??= new BlobsStorage(this.options.connectionString, this.options.container, {
      storagePipelineOptions: this.pipeline,
    }));
    try {
      return await call(blobs);
    } catch (err) {
      if (!isETagConflict(err) && this.client === blobs) this.client = null;
      throw err;
    }
  }
}
