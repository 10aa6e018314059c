import { DataFileError } from '../dataFileError';

/** A directory file that cannot be used. The message names the file, the record and the field. */
export class DirectoryDataError extends DataFileError {
  constructor(file: string, recordIndex: number | null, recordId: string | null, field: string | null, problem: string) {
    super(file, 'record', recordIndex, recordId, field, problem);
    this.name = 'DirectoryDataError';
  }

  get recordIndex(): number | null {
    return this.entryIndex;
  }

  get recordId(): string | null {
    return this.entryId;
  }
}
