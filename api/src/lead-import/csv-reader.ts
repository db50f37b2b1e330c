import { CsvError, parse } from 'csv-parse/sync';
import { ApiError } from '../common/envelope';

// What csv-parse yields with `info` and `raw` on.
type ParsedRecord = { record: string[]; info: { lines: number }; raw: string };

export interface CsvRow {
  /** 1-based line of the file where the row starts (the header is line 1). */
  line: number;
  cells: string[];
}

export interface CsvFile {
  header: string[];
  rows: CsvRow[];
  /** More data rows followed than the caller asked to read. */
  overLimit: boolean;
}

/**
 * Reads an uploaded CSV: comma-separated, RFC 4180 quoting, optional UTF-8 BOM (Excel), blank
 * lines skipped. Stops one row past maxRows, so an oversized file costs no more than a full one.
 */
export function readCsv(text: string, maxRows: number): CsvFile {
  // One line ending throughout: csv-parse counts a CRLF inside a quoted cell as two lines.
  const normalised = text.replace(/\r\n?/g, '\n');
  let records: ParsedRecord[];
  try {
    records = parse(normalised, {
      bom: true,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      to: maxRows + 2,
    }) as unknown as ParsedRecord[]; // the typings do not model info + raw
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw ApiError.unprocessable(`The file is not valid CSV: ${error.message}`, { line: (error as CsvError & { lines?: number }).lines });
  }
  if (!records.length) throw ApiError.unprocessable('The file is empty: expected a header row and at least one lead');
  const [header, ...data] = records;
  const rows = data.map(({ record, info, raw }) => ({
    // info.lines is where the record ends; a quoted cell may have spanned several lines.
    line: info.lines - (raw.replace(/\n$/, '').match(/\n/g)?.length ?? 0),
    cells: record,
  }));
  return { header: header.record, rows: rows.slice(0, maxRows), overLimit: rows.length > maxRows };
}
