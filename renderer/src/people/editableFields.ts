// The fields an officer may correct by hand, as the contract allows them, and how a form value
// becomes a change the engine accepts.
import type { z } from 'zod';
import type { EditablePersonFields, PersonDetail } from '../../../shared/people';

export type EditableField =
  | 'given_names'
  | 'surname'
  | 'date_of_birth'
  | 'sex'
  | 'nationality'
  | 'passport_no'
  | 'passport_expiry'
  | 'phone'
  | 'phone_alt'
  | 'email'
  | 'address'
  | 'city'
  | 'admin1'
  | 'lat'
  | 'lon'
  | 'special_needs'
  | 'relationship';

export const EDITABLE_FIELDS: { field: EditableField; kind: 'text' | 'number' | 'sex'; maxLength: number }[] =
  [
    { field: 'given_names', kind: 'text', maxLength: 300 },
    { field: 'surname', kind: 'text', maxLength: 300 },
    { field: 'date_of_birth', kind: 'text', maxLength: 10 },
    { field: 'sex', kind: 'sex', maxLength: 1 },
    { field: 'nationality', kind: 'text', maxLength: 2 },
    { field: 'passport_no', kind: 'text', maxLength: 30 },
    { field: 'passport_expiry', kind: 'text', maxLength: 10 },
    { field: 'phone', kind: 'text', maxLength: 30 },
    { field: 'phone_alt', kind: 'text', maxLength: 30 },
    { field: 'email', kind: 'text', maxLength: 300 },
    { field: 'address', kind: 'text', maxLength: 500 },
    { field: 'city', kind: 'text', maxLength: 200 },
    { field: 'admin1', kind: 'text', maxLength: 200 },
    { field: 'lat', kind: 'number', maxLength: 20 },
    { field: 'lon', kind: 'number', maxLength: 20 },
    { field: 'special_needs', kind: 'text', maxLength: 500 },
    { field: 'relationship', kind: 'text', maxLength: 100 },
  ];

export type FormValues = Record<EditableField, string>;
export type Changes = z.infer<typeof EditablePersonFields>;

export function formValuesOf(person: PersonDetail['person']): FormValues {
  const values = {} as FormValues;
  for (const { field } of EDITABLE_FIELDS) {
    const value = person[field];
    values[field] = value === null || value === undefined ? '' : String(value);
  }
  return values;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const RANGE: Partial<Record<EditableField, [number, number]>> = { lat: [-90, 90], lon: [-180, 180] };

/** The fields that differ from the record, or the problems that stop them being sent. */
export function changesOf(
  before: FormValues,
  after: FormValues,
): { changes: Changes; problems: Partial<Record<EditableField, string>> } {
  const changes: Record<string, string | number> = {};
  const problems: Partial<Record<EditableField, string>> = {};
  for (const { field, kind } of EDITABLE_FIELDS) {
    const value = after[field].trim();
    if (value === before[field].trim()) continue;
    if (kind === 'number') {
      const n = Number(value);
      const [min, max] = RANGE[field] ?? [-Infinity, Infinity];
      if (value === '' || !Number.isFinite(n) || n < min || n > max) {
        problems[field] = `Enter a number from ${min} to ${max}.`;
        continue;
      }
      changes[field] = n;
    } else if (
      (field === 'date_of_birth' || field === 'passport_expiry') &&
      value !== '' &&
      !DATE.test(value)
    ) {
      problems[field] = 'Write the date as YYYY-MM-DD.';
    } else if (field === 'nationality' && value !== '' && !/^[A-Za-z]{2}$/.test(value)) {
      problems[field] = 'Two letters (ISO country code), e.g. PH.';
    } else {
      changes[field] = field === 'nationality' ? value.toUpperCase() : value;
    }
  }
  // Values were checked above against what the contract accepts for each field.
  return { changes: changes as Changes, problems };
}
