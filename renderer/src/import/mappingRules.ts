// The rules of the column mapping the officer edits: one column per field, and a phone country
// the engine will accept. Pure functions, so the wizard and its tests share them.
import type { ImportMapping } from '../../../shared/imports';
import type { PersonField } from '../../../shared/person';

export type Columns = ImportMapping['columns'];

/** The header already mapped to `field`, other than `header` itself. */
export function headerUsing(columns: Columns, field: PersonField, header: string): string | null {
  for (const [other, mapped] of Object.entries(columns)) {
    if (other !== header && mapped === field) return other;
  }
  return null;
}

export type ColumnChange = { ok: true; columns: Columns } | { ok: false; takenBy: string };

/** Maps `header` to `field` (null: ignore), refusing a field another column already fills. */
export function assignColumn(columns: Columns, header: string, field: PersonField | null): ColumnChange {
  if (field !== null) {
    const takenBy = headerUsing(columns, field, header);
    if (takenBy !== null) return { ok: false, takenBy };
  }
  return { ok: true, columns: { ...columns, [header]: field } };
}

/** Columns in file order, with every header present (unmapped headers are ignored, not dropped). */
export function completeColumns(headers: readonly string[], columns: Columns): Columns {
  const complete: Columns = {};
  for (const header of headers) complete[header] = columns[header] ?? null;
  return complete;
}

export function mappedFieldCount(columns: Columns): number {
  return Object.values(columns).filter((field) => field !== null).length;
}

const COUNTRY = /^[A-Za-z]{2}$/;

/** Empty means "no default country"; otherwise two letters (ISO 3166), as the engine requires. */
export function countryProblem(country: string): string | null {
  if (country.trim() === '' || COUNTRY.test(country.trim())) return null;
  return 'Enter a two-letter country code, such as LB or PH, or leave it empty.';
}

export function buildMapping(
  columns: Columns,
  dateOrder: ImportMapping['dateOrder'],
  country: string,
): ImportMapping {
  const trimmed = country.trim().toUpperCase();
  return {
    columns,
    ...(dateOrder ? { dateOrder } : {}),
    ...(trimmed !== '' && COUNTRY.test(trimmed) ? { country: trimmed } : {}),
  };
}
