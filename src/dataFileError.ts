/**
 * A data file that cannot be used (the directory, the hotline book). The message names the file, the
 * entry ("record 41 (id: nami-austin)", "row 3 (id: us-988)") and the field, so a maintainer can act on it.
 */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    /** What one entry of this kind of file is called: "record", "row". */
    entryNoun: string,
    readonly entryIndex: number | null,
    readonly entryId: string | null,
    readonly field: string | null,
    problem: string,
  ) {
    const where = [
      file,
      entryIndex === null ? null : `${entryNoun} ${entryIndex + 1}${entryId ? ` (id: ${entryId})` : ''}`,
      field ? `field \`${field}\`` : null,
    ]
      .filter(Boolean)
      .join(', ');
    super(`${where}: ${problem}`);
    this.name = 'DataFileError';
  }
}
