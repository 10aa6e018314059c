/**
 * A small RFC 4180 CSV reader and writer: quoted fields, doubled quotes, commas and line breaks inside
 * quotes, CRLF or LF rows, an optional UTF-8 byte-order mark. Enough for HSDS datapackages and the VA
 * extract, without a dependency.
 */

/** A CSV file that cannot be read; names the line so a maintainer can find it. */
export class CsvError extends Error {
  constructor(
    readonly line: number,
    problem: string,
  ) {
    super(`line ${line}: ${problem}`);
    this.name = 'CsvError';
  }
}

/** Splits CSV text into rows of fields. Blank lines are skipped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let line = 1;
  let quoteOpenedOn = 0;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };

  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          const next = source[i + 1];
          if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
            throw new CsvError(line, 'a closing quote must be followed by a comma or the end of the line');
          }
        }
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (fieldStarted) throw new CsvError(line, 'a quote may only open a field (write "" inside a quoted field)');
      quoted = true;
      fieldStarted = true;
      quoteOpenedOn = line;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      endRow();
      line++;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (quoted) throw new CsvError(quoteOpenedOn, 'a quoted field is never closed');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** Reads CSV with a header row into objects keyed by column name (missing trailing cells become ''). */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const names = header.map((h) => h.trim());
  return rows.map((cells, index) => {
    if (cells.length > names.length) {
      throw new CsvError(index + 2, `has ${cells.length} fields but the header has ${names.length}`);
    }
    const record: Record<string, string> = {};
    names.forEach((name, i) => {
      record[name] = cells[i] ?? '';
    });
    return record;
  });
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes rows as CSV with a header; columns come from `columns`, missing values are empty. CRLF per RFC 4180. */
export function formatCsv(columns: readonly string[], rows: readonly Record<string, string | number | undefined>[]): string {
  const lines = [columns.map(quote).join(',')];
  for (const row of rows) {
    lines.push(columns.map((c) => quote(row[c] === undefined ? '' : String(row[c]))).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
