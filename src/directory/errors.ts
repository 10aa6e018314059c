/** A data file that cannot be used. The message names the file, the record and the field. */
export class DirectoryDataError extends Error {
  constructor(
    readonly file: string,
    readonly recordIndex: number | null,
    readonly recordId: string | null,
    readonly field: string | null,
    problem: string,
  ) {
    const where = [
      file,
      recordIndex === null ? null : `record ${recordIndex + 1}${recordId ? ` (id: ${recordId})` : ''}`,
      field ? `field \`${field}\`` : null,
    ]
      .filter(Boolean)
      .join(', ');
    super(`${where}: ${problem}`);
    this.name = 'DirectoryDataError';
  }
}
