// What each output file is: its name, columns, delimiter, encoding and line ending.
import type { HostCountry } from '../host';

export type RowFileId = 'registrations' | 'rosterFrench' | 'rosterArabic' | 'rosterJson' | 'rosterTsv';
export type Encoding = 'utf8' | 'windows1252' | 'utf16le';

export interface FileSpec {
  readonly id: RowFileId | 'truth' | 'people';
  readonly name: string;
  readonly format: 'delimited' | 'jsonArray';
  readonly delimiter: string;
  readonly encoding: Encoding;
  /** Starts with a byte-order mark (U+FEFF in the file's encoding). */
  readonly bom: boolean;
  readonly newline: '\r\n' | '\n';
  /** Header cells; empty for the JSON array. */
  readonly columns: readonly string[];
}

export const REGISTRATION_COLUMNS = [
  'Reference',
  'Given names',
  'Surname',
  'Date of birth',
  'Sex',
  'Nationality',
  'Passport No.',
  'Mobile',
  'Email',
  'City',
  'District',
  'Address',
  'Employer',
  'Dependants of',
  'Relationship',
  'Special needs',
  'Registered on',
  'Consent',
] as const;

export const FRENCH_COLUMNS = [
  'N°',
  'Nom',
  'Prénom',
  'Date de naissance',
  'Sexe',
  'Nationalité',
  'N° passeport',
  'Téléphone',
  'Employeur',
  'Ville',
] as const;

export const ARABIC_COLUMNS = [
  'No.',
  'Full name',
  'تاريخ الميلاد',
  'الجنسية',
  'رقم الجواز',
  'الهاتف',
  'Employer',
  'المنطقة',
] as const;

export const TSV_COLUMNS = [
  'Worker',
  'Date of birth',
  'Passport',
  'Mobile',
  'Nationality',
  'Location',
  'Employer',
] as const;

export const TRUTH_COLUMNS = ['file', 'row', 'person_id'] as const;

export const PEOPLE_COLUMNS = [
  'person_id',
  'household_id',
  'relationship',
  'origin',
  'nationality',
  'given_names',
  'surname',
  'sex',
  'date_of_birth',
  'passport_no',
  'phone',
  'email',
  'city',
  'district',
  'governorate',
  'address',
  'lat',
  'lon',
  'employer',
  'special_needs',
  'namesake_of',
] as const;

/** The files of one dataset, in the order they are listed to the user. */
export function fileSpecs(host: HostCountry): Readonly<Record<FileSpec['id'], FileSpec>> {
  const a = host.agencies;
  return {
    registrations: {
      id: 'registrations',
      name: 'registrations.csv',
      format: 'delimited',
      delimiter: ',',
      encoding: 'utf8',
      bom: false,
      newline: '\r\n',
      columns: REGISTRATION_COLUMNS,
    },
    rosterFrench: {
      id: 'rosterFrench',
      name: `roster-${a.french.slug}.csv`,
      format: 'delimited',
      delimiter: ';',
      encoding: 'windows1252',
      bom: false,
      newline: '\r\n',
      columns: FRENCH_COLUMNS,
    },
    rosterArabic: {
      id: 'rosterArabic',
      name: `roster-${a.arabic.slug}.csv`,
      format: 'delimited',
      delimiter: ',',
      encoding: 'utf8',
      bom: true,
      newline: '\r\n',
      columns: ARABIC_COLUMNS,
    },
    rosterJson: {
      id: 'rosterJson',
      name: `roster-${a.json.slug}.json`,
      format: 'jsonArray',
      delimiter: '',
      encoding: 'utf8',
      bom: false,
      newline: '\n',
      columns: [],
    },
    rosterTsv: {
      id: 'rosterTsv',
      name: `roster-${a.tsv.slug}.tsv`,
      format: 'delimited',
      delimiter: '\t',
      encoding: 'utf16le',
      bom: true,
      newline: '\r\n',
      columns: TSV_COLUMNS,
    },
    truth: {
      id: 'truth',
      name: 'truth.csv',
      format: 'delimited',
      delimiter: ',',
      encoding: 'utf8',
      bom: false,
      newline: '\n',
      columns: TRUTH_COLUMNS,
    },
    people: {
      id: 'people',
      name: 'people.csv',
      format: 'delimited',
      delimiter: ',',
      encoding: 'utf8',
      bom: false,
      newline: '\n',
      columns: PEOPLE_COLUMNS,
    },
  };
}
