// Spreadsheet programs run a cell that starts with one of these as a formula (=HYPERLINK(...),
// =cmd|...): OWASP's "CSV injection". A leading apostrophe makes them show it as text.
// Values already starting with apostrophes before such a character get one more, so that
// restoreNeutralised can always take exactly one off again.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A cell value safe to open in Excel, LibreOffice or Google Sheets. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Undoes neutraliseFormula on upload, so a file this API exported (phones like '+1555...)
 * imports again as it was. The stored value is never run by anything, only exported again.
 */
export function restoreNeutralised(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
}
