import { restoreNeutralised } from './csv-safety';

/** CreateLeadDto fields a CSV column may fill; assignment, tags and doctors stay with the UI. */
export const IMPORT_COLUMNS = [
  'firstName',
  'lastName',
  'phone',
  'email',
  'source',
  'sourceDetail',
  'dateOfBirth',
  'gender',
  'address',
  'interestedIn',
  'notes',
  'nextFollowUpAt',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['firstName', 'lastName', 'source'];

// "firstName", "FIRSTNAME", "First Name" and "first_name" all name the same column.
const keyOf = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');
const BY_KEY = new Map<string, ImportColumn>(IMPORT_COLUMNS.map((column) => [keyOf(column), column]));

export interface ColumnMap {
  /** The field each cell position fills, or null for a column the import does not use. */
  fields: Array<ImportColumn | null>;
  missing: ImportColumn[];
  /** Fields named by more than one column: which one to trust is not ours to guess. */
  repeated: ImportColumn[];
  ignored: string[];
}

export function matchColumns(header: string[]): ColumnMap {
  const fields = header.map((name) => BY_KEY.get(keyOf(name)) ?? null);
  const seen = new Set<ImportColumn>();
  const repeated = new Set<ImportColumn>();
  for (const field of fields) {
    if (field && seen.has(field)) repeated.add(field);
    if (field) seen.add(field);
  }
  return {
    fields,
    missing: REQUIRED_COLUMNS.filter((column) => !seen.has(column)),
    repeated: [...repeated],
    ignored: header.filter((_, i) => fields[i] === null).map((name) => name.trim()),
  };
}

/**
 * One row's cells as the body a client would have sent to POST /crm/leads: blank cells are
 * left out (so optional fields stay unset), interestedIn is split on ";".
 */
export function rowToBody(cells: string[], fields: ColumnMap['fields']): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  fields.forEach((field, i) => {
    const cell = restoreNeutralised((cells[i] ?? '').trim());
    if (!field || cell === '') return;
    body[field] =
      field === 'interestedIn'
        ? cell
            .split(';')
            .map((s) => s.trim())
            .filter(Boolean)
        : cell;
  });
  return body;
}
