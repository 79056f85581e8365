import { describe, expect, it } from 'vitest';
import { suggestColumns, type ColumnSuggestion } from '../../../electron/engine/import/columns';
import { headerFingerprint } from '../../../electron/engine/import/fingerprint';
import { normaliseHeader } from '../../../electron/engine/import/headers';
import { ColumnMappingSchema, mappingFromSuggestions } from '../../../electron/engine/import/mapping';
import {
  CONTEXTUAL_SYNONYMS,
  FIELD_SYNONYMS,
  NOT_PERSON_FIELDS,
} from '../../../electron/engine/import/synonyms';
import { PERSON_FIELDS, type PersonField } from '../../../shared/person';

function fields(headers: string[]): Record<string, PersonField | null> {
  return Object.fromEntries(suggestColumns(headers).map((s) => [s.header, s.field]));
}

describe('normaliseHeader', () => {
  it('folds case, accents, punctuation and the ways of writing "number"', () => {
    expect(normaliseHeader('N° passeport')).toBe('no passeport');
    expect(normaliseHeader('Nº de Passeport')).toBe('no passeport');
    expect(normaliseHeader('Passport No.')).toBe('passport no');
    expect(normaliseHeader('Passport #')).toBe('passport no');
    expect(normaliseHeader('PASSPORT_NUMBER')).toBe('passport no');
    expect(normaliseHeader('  Date of Birth (dd/mm/yyyy) ')).toBe('date birth dd mm yyyy');
    expect(normaliseHeader('dateOfBirth')).toBe('date birth');
    expect(normaliseHeader('Fecha de Nacimiento')).toBe('fecha nacimiento');
  });

  it('drops Arabic articles and hamza, so spellings of one header meet', () => {
    expect(normaliseHeader('رقم الجواز')).toBe(normaliseHeader('رقم جواز'));
    expect(normaliseHeader('الاسم الأول')).toBe(normaliseHeader('اسم اول'));
  });
});

describe('suggestColumns', () => {
  it('maps a French roster', () => {
    expect(
      fields([
        'N°',
        'Nom',
        'Prénom',
        'Date de naissance',
        'Sexe',
        'Nationalité',
        'N° passeport',
        'Téléphone',
        'Courriel',
      ]),
    ).toEqual({
      'N°': 'source_key',
      Nom: 'surname',
      Prénom: 'given_names',
      'Date de naissance': 'date_of_birth',
      Sexe: 'sex',
      Nationalité: 'nationality',
      'N° passeport': 'passport_no',
      Téléphone: 'phone',
      Courriel: 'email',
    });
  });

  it('maps Spanish, Italian and Portuguese headers', () => {
    expect(fields(['Nombre', 'Apellido', 'Fecha de nacimiento', 'Móvil', 'DNI'])).toEqual({
      Nombre: 'given_names',
      Apellido: 'surname',
      'Fecha de nacimiento': 'date_of_birth',
      Móvil: 'phone',
      DNI: 'national_id',
    });
    expect(fields(['Nome', 'Cognome', 'Data di nascita', 'Cellulare', 'Passaporto'])).toEqual({
      Nome: 'given_names',
      Cognome: 'surname',
      'Data di nascita': 'date_of_birth',
      Cellulare: 'phone',
      Passaporto: 'passport_no',
    });
    expect(fields(['Nome', 'Sobrenome', 'Data de nascimento', 'Celular', 'Nacionalidade'])).toMatchObject({
      Nome: 'given_names',
      Sobrenome: 'surname',
      Nacionalidade: 'nationality',
    });
  });

  it('maps an Arabic roster', () => {
    expect(
      fields(['الاسم', 'الشهرة', 'تاريخ الميلاد', 'رقم الجواز', 'الجنسية', 'الجنس', 'رقم الهاتف']),
    ).toEqual({
      الاسم: 'given_names',
      الشهرة: 'surname',
      'تاريخ الميلاد': 'date_of_birth',
      'رقم الجواز': 'passport_no',
      الجنسية: 'nationality',
      الجنس: 'sex',
      'رقم الهاتف': 'phone',
    });
  });

  it('reads a lone "Name", "Nombre" or "الاسم" as the full name, and a lone French "Nom" too', () => {
    expect(fields(['Name', 'DOB'])).toEqual({ Name: 'full_name', DOB: 'date_of_birth' });
    expect(fields(['Nombre', 'Fecha de nacimiento']).Nombre).toBe('full_name');
    expect(fields(['الاسم', 'تاريخ الميلاد'])['الاسم']).toBe('full_name');
    expect(fields(['Nom', 'Date de naissance']).Nom).toBe('full_name');
  });

  it('gives a second and third phone column phone_alt, then nothing', () => {
    const s = suggestColumns(['Mobile', 'Tel', 'Cell']);
    expect(s.map((x) => x.field)).toEqual(['phone', 'phone_alt', null]);
  });

  it('never gives one field to two columns', () => {
    const s = suggestColumns([
      'DOB',
      'Date of birth',
      'Surname',
      'Last name',
      'Family name',
      'Email',
      'E-mail',
    ]);
    const mapped = s.map((x) => x.field).filter((f): f is PersonField => f !== null);
    expect(new Set(mapped).size).toBe(mapped.length);
    expect(mapped.sort()).toEqual(['date_of_birth', 'email', 'surname']);
  });

  it('keeps exact matches above partial and misspelt ones', () => {
    const s = suggestColumns([
      'Passport number (if any)',
      'Date of birth',
      'Nationalty',
      'Emergency contact phone',
    ]);
    const by = (h: string) => s.find((x) => x.header === h) as ColumnSuggestion;
    expect(by('Date of birth')).toMatchObject({ field: 'date_of_birth', confidence: 1 });
    expect(by('Passport number (if any)').field).toBe('passport_no');
    expect(by('Passport number (if any)').confidence).toBeLessThan(1);
    expect(by('Nationalty').field).toBe('nationality');
    expect(by('Nationalty').confidence).toBeLessThan(0.7);
    expect(by('Emergency contact phone').field).toBe('emergency_contact_phone');
  });

  it('leaves unknown headers and look-alikes unmapped', () => {
    expect(fields(['Shoe size', 'Place of birth', 'Country code', "Father's name", '', 'Notes'])).toEqual({
      'Shoe size': null,
      'Place of birth': null,
      'Country code': null,
      "Father's name": null,
      '': null,
      Notes: null,
    });
  });

  it('maps the quoted examples', () => {
    const f = fields([
      'Prénom',
      'Cognome',
      'N° passeport',
      'رقم الجواز',
      'Mobile',
      'DOB',
      'Fecha de nacimiento',
    ]);
    expect(f).toMatchObject({
      Prénom: 'given_names',
      Cognome: 'surname',
      'N° passeport': 'passport_no',
      DOB: 'date_of_birth',
    });
    // The second passport and birth-date columns lose to the first.
    expect(f['رقم الجواز']).toBeNull();
    expect(f['Fecha de nacimiento']).toBeNull();
  });
});

describe('synonym tables', () => {
  it('have synonyms for every field', () => {
    for (const field of PERSON_FIELDS) expect(FIELD_SYNONYMS[field].length, field).toBeGreaterThan(0);
  });

  it('never give one normalised header to two fields', () => {
    const owner = new Map<string, string>();
    const add = (text: string, field: string) => {
      const k = normaliseHeader(text);
      const prev = owner.get(k);
      expect(prev === undefined || prev === field, `"${text}" is both ${prev} and ${field}`).toBe(true);
      owner.set(k, field);
    };
    for (const [field, texts] of Object.entries(FIELD_SYNONYMS)) for (const t of texts) add(t, field);
    for (const t of NOT_PERSON_FIELDS) add(t, 'none');
    for (const c of CONTEXTUAL_SYNONYMS) expect(owner.has(normaliseHeader(c.text)), c.text).toBe(false);
  });
});

describe('headerFingerprint', () => {
  it('ignores order, case, accents and punctuation', () => {
    expect(headerFingerprint(['Date of birth', 'Name', 'Prénom'])).toBe(
      headerFingerprint(['PRENOM', 'name', 'date-of-birth']),
    );
    expect(headerFingerprint(['a', 'b'])).toMatch(/^h1:[0-9a-f]{32}$/);
  });

  it('changes when a column is added, removed or repeated', () => {
    const base = headerFingerprint(['Name', 'Phone']);
    expect(headerFingerprint(['Name', 'Phone', 'Email'])).not.toBe(base);
    expect(headerFingerprint(['Name'])).not.toBe(base);
    expect(headerFingerprint(['Name', 'Phone', 'Phone'])).not.toBe(base);
  });
});

describe('ColumnMappingSchema', () => {
  it('accepts the CLI mapping file and upper-cases the country', () => {
    const parsed = ColumnMappingSchema.parse({
      columns: { Nom: 'surname', Prénom: 'given_names', Remarques: null },
      dateOrder: 'DMY',
      country: 'lb',
    });
    expect(parsed).toEqual({
      columns: { Nom: 'surname', Prénom: 'given_names', Remarques: null },
      dateOrder: 'DMY',
      country: 'LB',
    });
  });

  it('refuses unknown fields, orders, countries and keys', () => {
    expect(ColumnMappingSchema.safeParse({ columns: { A: 'shoe_size' } }).success).toBe(false);
    expect(ColumnMappingSchema.safeParse({ columns: {}, dateOrder: 'DDMM' }).success).toBe(false);
    expect(ColumnMappingSchema.safeParse({ columns: {}, country: 'XX' }).success).toBe(false);
    expect(ColumnMappingSchema.safeParse({ columns: {}, country: 'LBN' }).success).toBe(false);
    expect(ColumnMappingSchema.safeParse({ columns: {}, extra: 1 }).success).toBe(false);
  });

  it('refuses two columns on one field, naming the field but not the headers', () => {
    const r = ColumnMappingSchema.safeParse({ columns: { 'Maria Santos': 'phone', Mobile: 'phone' } });
    expect(r.success).toBe(false);
    const message = r.error?.issues[0]?.message ?? '';
    expect(message).toContain('phone');
    expect(message).not.toContain('Maria');
  });

  it('round-trips suggestions into a valid mapping', () => {
    const mapping = mappingFromSuggestions(
      suggestColumns(['Name', 'Surname', 'Phone', 'Phone', '__proto__']),
      {
        country: 'LB',
      },
    );
    expect(Object.getPrototypeOf(mapping.columns)).toBe(Object.prototype);
    expect(Object.keys(mapping.columns)).toEqual(['Name', 'Surname', 'Phone', '__proto__']);
    expect(ColumnMappingSchema.parse(JSON.parse(JSON.stringify(mapping))).columns.Name).toBe('given_names');
  });
});

describe('suggestColumns: administrative areas and households', () => {
  const one = (header: string) => suggestColumns([header])[0];

  it.each([
    'District',
    'Governorate',
    'Province',
    'Region',
    'State',
    'Muhafaza',
    'Caza',
    'Qada',
    'Gouvernorat',
    'Provincia',
    'محافظة',
    'قضاء',
  ])('reads "%s" as the first administrative area', (header) => {
    expect(one(header)).toMatchObject({ field: 'admin1', confidence: 1 });
  });

  it.each([
    'Dependants of',
    'Dependant of',
    'Principal',
    'Head of household',
    'Family of',
    'Household',
    'Chef de ménage',
    'رب الأسرة',
  ])('reads "%s" as the household key', (header) => {
    expect(one(header)).toMatchObject({ field: 'household_key', confidence: 1 });
  });

  it('maps every column of the ministry registration export', () => {
    expect(
      fields([
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
      ]),
    ).toMatchObject({
      City: 'city',
      District: 'admin1',
      Address: 'address',
      'Dependants of': 'household_key',
      Relationship: 'relationship',
    });
  });

  it('keeps "relationship to head of household" a relationship, beside a household column', () => {
    expect(fields(['Head of household', 'Relationship to head of household'])).toEqual({
      'Head of household': 'household_key',
      'Relationship to head of household': 'relationship',
    });
  });

  it('gives the area to one column only: a second area column stays unmapped', () => {
    expect(fields(['Governorate', 'Caza'])).toEqual({ Governorate: 'admin1', Caza: null });
  });
});

describe('suggestColumns: household-employer rosters', () => {
  it('reads "Worker" as the full name and "Location" as the city', () => {
    const byHeader = new Map(
      suggestColumns([
        'Worker',
        'Date of birth',
        'Passport',
        'Mobile',
        'Nationality',
        'Location',
        'Employer',
      ]).map((s) => [s.header, s.field]),
    );
    expect(byHeader.get('Worker')).toBe('full_name');
    expect(byHeader.get('Location')).toBe('city');
    expect(byHeader.get('Employer')).toBe('employer');
  });
});
