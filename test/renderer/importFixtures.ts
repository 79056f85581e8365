// Canned import answers for the wizard's tests: a small registration file whose preview follows
// the mapping it is asked with, as the engine's does.
import type { ImportBatch, ImportCounts, ImportMapping, ImportPreview } from '../../shared/imports';

export const IMPORT_PATH = '/home/officer/incoming/registrations.csv';

export const HEADERS = ['First name', 'Family name', 'DOB', 'Mobile', 'Notes'];

const SUGGESTED: ImportMapping['columns'] = {
  'First name': 'given_names',
  'Family name': 'surname',
  DOB: 'date_of_birth',
  Mobile: 'phone',
  Notes: null,
};

const CELLS: Record<string, string[]> = {
  'First name': ['Maria', 'Jose', ''],
  'Family name': ['Santos', 'Reyes', 'Cruz'],
  DOB: ['03/04/1980', '31/12/1975', '99/99/1999'],
  Mobile: ['0917 123 4567', '+63 918 555 0101', '12'],
  Notes: ['wheelchair', '', ''],
};

export function makePreview(
  mapping: ImportMapping = { columns: SUGGESTED },
  overrides: Partial<ImportPreview> = {},
): ImportPreview {
  const mapped = HEADERS.filter((h) => mapping.columns[h]);
  return {
    fileName: 'registrations.csv',
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    sheets: null,
    sheet: null,
    headers: HEADERS,
    suggestions: HEADERS.map((header) => ({
      header,
      field: SUGGESTED[header] ?? null,
      confidence: header === 'Mobile' ? 0.55 : 0.95,
    })),
    template: null,
    mapping,
    inferredDateOrder: 'DMY',
    totalRows: 3,
    rows: [0, 1, 2].map((i) => ({
      row: i + 2,
      cells: mapped.map((header) => {
        const field = mapping.columns[header]!;
        const original = CELLS[header]![i]!;
        if (i === 2 && field === 'date_of_birth')
          return { field, original, value: null, issue: 'Not a date' };
        return { field, original, value: original === '' ? null : original.toUpperCase() };
      }),
      ...(i === 2 ? { rejectReason: 'No given name and no valid date of birth' } : {}),
    })),
    ...overrides,
  };
}

export function makeCounts(overrides: Partial<ImportCounts> = {}): ImportCounts {
  return {
    read: 3,
    imported: 2,
    updated: 0,
    unchanged: 0,
    rejected: 1,
    geocoded: 1,
    unplaced: 1,
    ...overrides,
  };
}

export function makeBatch(overrides: Partial<ImportBatch> = {}): ImportBatch {
  return {
    id: 7,
    source: 'Ministry registrations',
    fileName: 'registrations.csv',
    at: '2025-03-02T09:00:00.000Z',
    operator: 'Ana Duarte',
    counts: makeCounts({ read: 120, imported: 110, updated: 5, rejected: 5 }),
    undoneAt: null,
    ...overrides,
  };
}
