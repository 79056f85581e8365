// Hand edits of a person: each value normalised like an imported one, each change journalled with
// a history row, the whole edit audited (by person number, never by name).
import { MusterError } from '../../../shared/errors';
import type { PersonDetail } from '../../../shared/people';
import { normaliseDate } from '../import/normalise/dates';
import { normaliseDocumentNumber } from '../import/normalise/documents';
import { emailMatchKey, normaliseEmail } from '../import/normalise/email';
import { displayName, nameKeys } from '../import/normalise/names';
import { normaliseNationality } from '../import/normalise/nationality';
import { PhoneNormaliser } from '../import/normalise/phones';
import type { Normalised } from '../import/normalise/result';
import type { Vault } from '../vault/vault';
import { personDetail } from './detail';
import { recordPersonChange } from './recordChange';

type Value = string | number | null;
export type PersonChanges = Partial<Record<string, string | number>>;

function checked(field: string, result: Normalised<string>): string | null {
  if (!result.ok) throw new MusterError('INVALID_INPUT', `${field.replace(/_/g, ' ')}: ${result.reason}`);
  return result.value;
}

function normaliseEdit(field: string, value: string | number): Value {
  if (typeof value === 'number') return value;
  const text = value.trim();
  if (text.length === 0) return null;
  switch (field) {
    case 'given_names':
    case 'surname':
      return displayName(text);
    case 'date_of_birth':
      return checked(field, normaliseDate(text, { kind: 'birth', order: 'YMD' }));
    case 'passport_expiry':
      return checked(field, normaliseDate(text, { kind: 'expiry', order: 'YMD' }));
    case 'passport_no':
      return checked(field, normaliseDocumentNumber(text, 'passport'));
    case 'phone':
    case 'phone_alt':
      return checked(field, new PhoneNormaliser().normalise(text));
    case 'email':
      return checked(field, normaliseEmail(text));
    case 'nationality':
      return checked(field, normaliseNationality(text));
    default:
      return text;
  }
}

export async function updatePerson(
  vault: Vault,
  operator: string,
  id: number,
  changes: PersonChanges,
  now: () => Date,
): Promise<PersonDetail> {
  const current = vault.query<Record<string, Value>>('SELECT * FROM person WHERE id = ?', [id])[0];
  if (!current) throw new MusterError('NOT_FOUND', 'There is no person with this number.');
  const next: Record<string, Value> = {};
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined || !/^[a-z_0-9]+$/.test(field)) continue;
    const normalised = normaliseEdit(field, value);
    if (String(normalised ?? '') !== String(current[field] ?? '')) next[field] = normalised;
  }
  if ('given_names' in next || 'surname' in next) {
    const given = 'given_names' in next ? next.given_names : current.given_names;
    const surname = 'surname' in next ? next.surname : current.surname;
    const keys = nameKeys(`${given ?? ''} ${surname ?? ''}`);
    next.full_name = displayName(`${given ?? ''} ${surname ?? ''}`) || null;
    next.name_key = keys.match || null;
    next.name_skeleton = keys.skeleton || null;
  }
  if ('email' in next) next.email_key = typeof next.email === 'string' ? emailMatchKey(next.email) : null;
  const fields = Object.keys(next);
  if (fields.length === 0) return personDetail(vault, id);
  await recordPersonChange(vault, {
    id: id,
    operator,
    action: 'people.update',
    current,
    next,
    fields: fields,
    now,
  });
  return personDetail(vault, id);
}
