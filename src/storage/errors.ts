/**
 * Storage failures Kindred tells apart. Messages never carry a storage key: keys are derived from
 * conversation and user ids.
 */

/** Storage did not answer within STORAGE_TIMEOUT_MS, or could not be reached at all. */
export class StorageUnavailableError extends Error {
  constructor(
    readonly operation: 'read' | 'write' | 'delete',
    readonly reason: 'timeout' | 'failed',
    /** The class name of the underlying error, for the logs (its message may name a storage key). */
    readonly causeKind?: string,
  ) {
    super(`State storage ${operation} ${reason === 'timeout' ? 'timed out' : 'failed'}`);
    this.name = 'StorageUnavailableError';
  }
}

/** Another turn saved this conversation's state after this turn read it (an ETag mismatch). */
export class StateConflictError extends Error {
  constructor() {
    super('Conversation state was changed by another turn');
    this.name = 'StateConflictError';
  }
}

/**
 * True for the "precondition failed" answer of botbuilder's storages: BlobsStorage and MemoryStorage both
 * throw a plain Error saying "due to eTag conflict"; the Azure SDK underneath reports status 412.
 */
export function isETagConflict(err: unknown): boolean {
  if (err instanceof StateConflictError) return true;
  if (!(err instanceof Error)) return false;
  return (err as { statusCode?: unknown }).statusCode === 412 || /eTag conflict/i.test(err.message);
}
