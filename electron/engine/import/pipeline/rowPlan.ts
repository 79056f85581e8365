// Turns the raw cells of one row into a person record: every mapped cell is sanitised, then given
// to the normaliser of its field, with the column-level decisions (day/month order, sex scheme,
// default phone country) taken once per file from a sample of its rows.
import { createHash } from 'node:crypto';
import type { PersonField } from '../../../../shared/person';
import type { ColumnMapping } from '../mapping';
import { sanitiseCell } from '../normalise/cells';
import { normalisePoint } from '../normalise/coordinates';
import {
  defaultDateOrder,
  inferDateOrder,
  normaliseDate,
  type DateKind,
  type DateOrder,
} from '../normalise/dates';
import { normaliseDocumentNumber } from '../normalise/documents';
import { emailMatchKey, normaliseEmail } from '../normalise/email';
import { displayName, nameKeys, normaliseName, splitFullName } from '../normalise/names';
import { normaliseNationality } from '../normalise/nationality';
import { PhoneNormaliser, splitPhoneCell } from '../normalise/phones';
import { cellText, type CellInput, type Normalised } from '../normalise/result';
import { detectSexScheme, normaliseSex, type SexScheme } from '../normalise/sex';
import { isPlaceholder, squeezeSpaces } from '../normalise/text';
import type { TableRow } from './table';

export type PersonValue = string | number | null;
export type PersonValues = Partial<Record<PersonField, PersonValue>>;

export interface CellOutcome {
  field: PersonField;
  original: string;
  value: string | null;
  issue?: string;
}

export interface NormalisedRow {
  row: number;
  values: PersonValues;
  /** The cells as they were in the file, by field (sanitised: no control characters, length-capped). */
  original: Partial<Record<PersonField, string>>;
  cells: CellOutcome[];
  /** One line per cell that was changed or refused; never quotes a value. */
  issues: string[];
  rejectReason?: string;
  nameKey: string | null;
  nameSkeleton: string | null;
  emailKey: string | null;
  /** Identity of the row when the file has no source key: same name and date of birth. */
  fingerprint: string;
}

export interface RowPlan {
  dateOrders: Partial<Record<PersonField, DateOrder>>;
  /** Day/month order read from the date of birth column (or the first date column), when it settles it. */
  inferredDateOrder: DateOrder | null;
  normalise(row: TableRow): NormalisedRow;
}

const DATE_KINDS: Partial<Record<PersonField, DateKind>> = {
  date_of_birth: 'birth',
  passport_expiry: 'expiry',
  registered_on: 'event',
};
const NAME_FIELDS: readonly PersonField[] = ['given_names', 'surname', 'full_name', 'emergency_contact_name'];
const PHONE_FIELDS: readonly PersonField[] = ['phone', 'phone_alt', 'emergency_contact_phone'];

const FIELD_LABEL = (field: PersonField) => field.replace(/_/g, ' ');

/** Column index of each mapped field, from the header names the mapping uses. */
export function columnIndexes(headers: readonly string[], mapping: ColumnMapping): Map<PersonField, number> {
  const byField = new Map<PersonField, number>();
  const columns = new Map(Object.entries(mapping.columns));
  headers.forEach((header, i) => {
    const field = columns.get(header);
    if (field && !byField.has(field)) byField.set(field, i);
  });
  return byField;
}

export function planRows(
  headers: readonly string[],
  mapping: ColumnMapping,
  sample: readonly TableRow[],
  options: { today?: Date } = {},
): RowPlan {
  const indexes = columnIndexes(headers, mapping);
  const columnValues = (field: PersonField): CellInput[] => {
    const i = indexes.get(field);
    return i === undefined ? [] : sample.map((r) => r.cells[i] ?? null);
  };
  const dateOrders: Partial<Record<PersonField, DateOrder>> = {};
  let inferredDateOrder: DateOrder | null = null;
  for (const field of Object.keys(DATE_KINDS) as PersonField[]) {
    if (!indexes.has(field)) continue;
    const inferred = inferDateOrder(columnValues(field)).order;
    if (field === 'date_of_birth' || inferredDateOrder === null)
      inferredDateOrder = inferred ?? inferredDateOrder;
    dateOrders[field] = mapping.dateOrder ?? inferred ?? defaultDateOrder(mapping.country);
  }
  const sexScheme: SexScheme = detectSexScheme(columnValues('sex'));
  const phones = new PhoneNormaliser(mapping.country);
  const today = options.today;

  return {
    dateOrders,
    inferredDateOrder,
    normalise(tableRow) {
      return normaliseRow(tableRow, indexes, {
        dateOrders,
        sexScheme,
        phones,
        country: mapping.country,
        today,
      });
    },
  };
}

interface Decisions {
  dateOrders: Partial<Record<PersonField, DateOrder>>;
  sexScheme: SexScheme;
  phones: PhoneNormaliser;
  country: string | undefined;
  today: Date | undefined;
}

function normaliseRow(tableRow: TableRow, indexes: Map<PersonField, number>, d: Decisions): NormalisedRow {
  const out: NormalisedRow = {
    row: tableRow.row,
    values: {},
    original: {},
    cells: [],
    issues: [...(tableRow.notes ?? [])],
    nameKey: null,
    nameSkeleton: null,
    emailKey: null,
    fingerprint: '',
  };
  if (tableRow.rejectReason) {
    out.rejectReason = tableRow.rejectReason;
    return out;
  }

  // Sanitise every mapped cell first: control characters, direction overrides, length, formula/HTML flags.
  const text: Partial<Record<PersonField, string>> = {};
  const raw: Partial<Record<PersonField, CellInput>> = {};
  let anything = false;
  for (const [field, i] of indexes) {
    const input = tableRow.cells[i] ?? null;
    if (typeof input === 'string') {
      const clean = sanitiseCell(input);
      text[field] = clean.value;
      raw[field] = clean.value;
      for (const reason of clean.reasons) out.issues.push(`${FIELD_LABEL(field)}: ${reason}`);
      if (clean.flags.formula)
        out.issues.push(`${FIELD_LABEL(field)}: looks like a spreadsheet formula; kept as plain text.`);
      if (clean.flags.html) out.issues.push(`${FIELD_LABEL(field)}: holds markup; kept as plain text.`);
    } else {
      text[field] = cellText(input);
      raw[field] = input;
    }
    if ((text[field] as string).length > 0) {
      anything = true;
      out.original[field] = text[field] as string;
    }
  }
  if (!anything && tableRow.cells.every((c) => cellText(c).trim().length === 0)) {
    out.rejectReason = 'The row is empty.';
    return out;
  }

  const put = (field: PersonField, result: Normalised<string | number>) => {
    const original = text[field] ?? '';
    if (result.ok) {
      out.values[field] = result.value;
      if (original.length > 0 || result.value !== null)
        out.cells.push({ field, original, value: result.value === null ? null : String(result.value) });
    } else {
      out.values[field] = null;
      out.cells.push({ field, original, value: null, issue: result.reason });
      out.issues.push(`${FIELD_LABEL(field)}: ${result.reason}`);
    }
  };

  for (const field of indexes.keys()) {
    const input = raw[field];
    if (NAME_FIELDS.includes(field)) put(field, normaliseName(input));
    else if (DATE_KINDS[field]) {
      put(
        field,
        normaliseDate(input, { kind: DATE_KINDS[field], order: d.dateOrders[field], today: d.today }),
      );
    } else if (field === 'sex') put(field, normaliseSex(input, d.sexScheme));
    else if (field === 'nationality' || field === 'country') put(field, normaliseNationality(input));
    else if (field === 'passport_no') put(field, normaliseDocumentNumber(input, 'passport'));
    else if (field === 'national_id') put(field, normaliseDocumentNumber(input, 'national_id'));
    else if (field === 'email') put(field, normaliseEmail(input));
    else if (PHONE_FIELDS.includes(field))
      normalisePhones(field, input, text[field] ?? '', indexes, d, put, out);
    else if (field === 'lat' || field === 'lon') continue;
    else put(field, plainText(input, text[field] ?? ''));
  }
  if (indexes.has('lat') || indexes.has('lon')) {
    const point = normalisePoint(raw.lat ?? null, raw.lon ?? null, { country: d.country });
    if (point.ok) {
      out.values.lat = point.value?.lat ?? null;
      out.values.lon = point.value?.lon ?? null;
      if (point.value?.swapped) out.issues.push('lat/lon: latitude and longitude were swapped; corrected.');
    } else {
      out.values.lat = null;
      out.values.lon = null;
      out.issues.push(`coordinates: ${point.reason}`);
    }
  }

  completeNames(out);
  if (!out.values.given_names && !out.values.surname) {
    out.rejectReason = 'No usable name: a person record needs at least a given name or a surname.';
    return out;
  }
  const keys = nameKeys(`${out.values.given_names ?? ''} ${out.values.surname ?? ''}`);
  out.nameKey = keys.match || null;
  out.nameSkeleton = keys.skeleton || null;
  out.emailKey = typeof out.values.email === 'string' ? emailMatchKey(out.values.email) : null;
  out.fingerprint = fingerprintOf(out.nameKey, out.values.date_of_birth ?? null);
  return out;
}

function plainText(input: CellInput, text: string): Normalised<string> {
  if (typeof input === 'boolean') return { ok: true, original: text, value: input ? 'yes' : 'no' };
  if (isPlaceholder(text)) return { ok: true, original: text, value: null };
  return { ok: true, original: text, value: squeezeSpaces(text) };
}

/** A cell holding two numbers fills phone_alt too, when the file has no column of its own for it. */
function normalisePhones(
  field: PersonField,
  input: CellInput,
  text: string,
  indexes: Map<PersonField, number>,
  d: Decisions,
  put: (field: PersonField, result: Normalised<string>) => void,
  out: NormalisedRow,
): void {
  const parts = typeof input === 'string' ? splitPhoneCell(text) : [];
  if (parts.length <= 1) {
    put(field, d.phones.normalise(input));
    return;
  }
  put(field, d.phones.normalise(parts[0] as string));
  if (field === 'phone' && !indexes.has('phone_alt')) {
    const second = d.phones.normalise(parts[1] as string);
    out.values.phone_alt = second.ok ? second.value : null;
    if (!second.ok) out.issues.push(`phone alt: ${second.reason}`);
  }
}

/** Given names and surname from a full name, and the full name from its parts. */
function completeNames(out: NormalisedRow): void {
  const v = out.values;
  const full = typeof v.full_name === 'string' ? v.full_name : null;
  if (full && !v.given_names && !v.surname) {
    const split = splitFullName(full);
    v.given_names = split.given || null;
    v.surname = split.surname || null;
  }
  if (!full && (v.given_names || v.surname)) {
    v.full_name = displayName(`${v.given_names ?? ''} ${v.surname ?? ''}`);
  }
}

function fingerprintOf(nameKey: string | null, dob: PersonValue): string {
  return (
    'r1:' +
    createHash('sha256')
      .update(`${nameKey ?? ''}\u0000${dob ?? ''}`)
      .digest('hex')
      .slice(0, 32)
  );
}
