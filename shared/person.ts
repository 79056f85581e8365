// The fields of a person record, named once: the import mapping, the store and the UI all use
// these names, so a column mapped on import lands in the same field everywhere.
import { z } from 'zod';

export const PERSON_FIELDS = [
  'source_key',
  'given_names',
  'surname',
  'full_name',
  'date_of_birth',
  'sex',
  'nationality',
  'national_id',
  'passport_no',
  'passport_expiry',
  'phone',
  'phone_alt',
  'email',
  'language',
  'address',
  'city',
  'admin1',
  'country',
  'lat',
  'lon',
  'employer',
  'household_key',
  'relationship',
  'special_needs',
  'emergency_contact_name',
  'emergency_contact_phone',
  'registered_on',
  'consent',
] as const;

export type PersonField = (typeof PERSON_FIELDS)[number];

export const PersonFieldSchema = z.enum(PERSON_FIELDS);

const FIELD_SET: ReadonlySet<string> = new Set(PERSON_FIELDS);

export function isPersonField(value: unknown): value is PersonField {
  return typeof value === 'string' && FIELD_SET.has(value);
}
