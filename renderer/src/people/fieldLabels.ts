// Officer-facing names of the person fields, shared by the import mapping and the People workspace.
// Only the type comes from shared/person.ts: its runtime list is built with zod, which the
// renderer does not bundle. `Record<PersonField, …>` makes the compiler check this table names
// every field, and no other.
import type { PersonField } from '../../../shared/person';

const LABELS: Record<PersonField, string> = {
  source_key: 'Source record ID',
  given_names: 'Given names',
  surname: 'Surname',
  full_name: 'Full name',
  date_of_birth: 'Date of birth',
  sex: 'Sex',
  nationality: 'Nationality',
  national_id: 'National ID',
  passport_no: 'Passport number',
  passport_expiry: 'Passport expiry',
  phone: 'Phone',
  phone_alt: 'Other phone',
  email: 'E-mail',
  language: 'Language',
  address: 'Address',
  city: 'City',
  admin1: 'Region',
  country: 'Country',
  lat: 'Latitude',
  lon: 'Longitude',
  employer: 'Employer',
  household_key: 'Household',
  relationship: 'Relationship',
  special_needs: 'Special needs',
  emergency_contact_name: 'Emergency contact',
  emergency_contact_phone: 'Emergency contact phone',
  registered_on: 'Registered on',
  consent: 'Consent',
};

/** The person fields, in the order the shared schema declares them. */
export const PERSON_FIELDS = Object.keys(LABELS) as PersonField[];

const FIELD_SET: ReadonlySet<string> = new Set(PERSON_FIELDS);

export function isPersonField(value: unknown): value is PersonField {
  return typeof value === 'string' && FIELD_SET.has(value);
}

export function fieldLabel(field: string): string {
  return (LABELS as Record<string, string>)[field] ?? field.replace(/_/g, ' ');
}

export type { PersonField };
