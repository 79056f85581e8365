// The fields exports read, for a list of people, with each one's current crisis status.
import type { PersonStatus } from '../../../shared/exports';
import type { Vault } from '../vault/vault';
import { chunks } from './selection';

export interface ExportPerson {
  id: number;
  surname: string | null;
  given_names: string | null;
  full_name: string | null;
  date_of_birth: string | null;
  sex: string | null;
  nationality: string | null;
  passport_no: string | null;
  passport_expiry: string | null;
  phone: string | null;
  phone_alt: string | null;
  email: string | null;
  language: string | null;
  household_key: string | null;
  special_needs: string | null;
  status: PersonStatus;
}

const COLUMNS = `p.id, p.surname, p.given_names, p.full_name, p.date_of_birth, p.sex, p.nationality,
  p.passport_no, p.passport_expiry, p.phone, p.phone_alt, p.email, p.language, p.household_key,
  p.special_needs, coalesce(s.status, 'unknown') AS status`;

/** In id order. */
export function exportPeople(vault: Vault, ids: readonly number[]): ExportPerson[] {
  const out: ExportPerson[] = [];
  for (const chunk of chunks(ids)) {
    const rows = vault.query<ExportPerson>(
      `SELECT ${COLUMNS} FROM person p LEFT JOIN person_status s ON s.person_id = p.id
       WHERE p.id IN (${chunk.join(',')}) ORDER BY p.id`,
    );
    for (const r of rows) out.push(r);
  }
  return out;
}
