// The column mapping an import runs with, as the CLI reads it from a JSON file and the UI sends it:
// {"columns": {"<header>": "<field>" | null}, "dateOrder": "DMY" | "MDY" | "YMD", "country": "LB"}
// The shape is declared once, in shared/imports.ts (the IPC contract checks it); the engine adds
// what needs more than a shape: a real country code, and one column per field.
import countries from 'i18n-iso-countries';
import type { z } from 'zod';
import { DateOrder, ImportMapping } from '../../../shared/imports';
import type { PersonField } from '../../../shared/person';
import type { ColumnSuggestion } from './columns';
import type { DateOrder as DateOrderValue } from './normalise/dates';

export const DateOrderSchema = DateOrder;

export const ColumnMappingSchema = ImportMapping.superRefine((mapping, ctx) => {
  if (mapping.country !== undefined && !countries.isValid(mapping.country.toUpperCase())) {
    ctx.addIssue({ code: 'custom', path: ['country'], message: 'This is not an ISO 3166-1 country code.' });
  }
  const seen = new Set<PersonField>();
  for (const field of Object.values(mapping.columns)) {
    if (field === null) continue;
    if (seen.has(field)) {
      // Field names only: headers can hold personal data when a file has no header row.
      ctx.addIssue({
        code: 'custom',
        message: `Two columns are mapped to ${field}; map the second to another field.`,
      });
    }
    seen.add(field);
  }
}).transform((mapping): ImportMapping =>
  mapping.country === undefined ? mapping : { ...mapping, country: mapping.country.toUpperCase() },
);

export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/** A mapping to start from: the suggestions, with every column listed so the officer sees what is ignored. */
export function mappingFromSuggestions(
  suggestions: readonly ColumnSuggestion[],
  options: { dateOrder?: DateOrderValue; country?: string } = {},
): ColumnMapping {
  // A Map, then fromEntries: a header such as "__proto__" must stay a plain key.
  const columns = new Map<string, PersonField | null>();
  for (const s of suggestions) if (!columns.has(s.header)) columns.set(s.header, s.field);
  return { columns: Object.fromEntries(columns), ...options };
}
