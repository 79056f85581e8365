// The column mapping an import runs with, as the CLI reads it from a JSON file and the UI sends it:
// {"columns": {"<header>": "<field>" | null}, "dateOrder": "DMY" | "MDY" | "YMD", "country": "LB"}
import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { PersonFieldSchema, type PersonField } from '../../../shared/person';
import type { ColumnSuggestion } from './columns';
import { DATE_ORDERS, type DateOrder } from './normalise/dates';

export const DateOrderSchema = z.enum(DATE_ORDERS);

export const CountryCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'Give the country as a two-letter ISO code, such as LB.')
  .transform((code) => code.toUpperCase())
  .refine((code) => countries.isValid(code), 'This is not an ISO 3166-1 country code.');

export const ColumnMappingSchema = z
  .object({
    /**
     * Header text → field; null (or leaving the header out) ignores the column. A second phone
     * column goes to phone_alt: each field takes one column.
     */
    columns: z.record(z.string().max(500), PersonFieldSchema.nullable()),
    /** Day/month order for dates written with numbers only; inferred per column when absent. */
    dateOrder: DateOrderSchema.optional(),
    /** Default country for phone numbers without a country code, and the host country for coordinates. */
    country: CountryCodeSchema.optional(),
  })
  .strict()
  .superRefine((mapping, ctx) => {
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
  });

export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/** A mapping to start from: the suggestions, with every column listed so the officer sees what is ignored. */
export function mappingFromSuggestions(
  suggestions: readonly ColumnSuggestion[],
  options: { dateOrder?: DateOrder; country?: string } = {},
): ColumnMapping {
  // A Map, then fromEntries: a header such as "__proto__" must stay a plain key.
  const columns = new Map<string, PersonField | null>();
  for (const s of suggestions) if (!columns.has(s.header)) columns.set(s.header, s.field);
  return { columns: Object.fromEntries(columns), ...options };
}
