// Contact lists: only people with a usable contact, each number or address once, and a count of who
// was left out and why (the officer then calls those people another way).
//   sms      plain CSV for bulk-SMS gateways (E.164, ISO 639-3 language, channel)
//   rapidpro RapidPro's contact import layout (URN:Tel, Name, Language)
//   email    an e-mail list (CSV)
//   vcard    vCard 3.0, one card per person, for phones and mail programs
import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import maxMetadata from 'libphonenumber-js/metadata.max.json';
import type { ContactLayout, LeftOut, PartnerProfile } from '../../../shared/exports';
import { iso6393 } from './languages';
import type { ExportPerson } from './personRecords';
import { allowedColumns } from './profiles';
import type { Cell } from './safeCells';
import type { Table } from './table';

const E164 = /^\+[1-9]\d{6,14}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const LEFT_OUT = {
  noPhone: 'no phone number',
  landline: 'landline only (cannot receive SMS)',
  samePhone: 'same phone number as someone earlier in the list',
  noEmail: 'no e-mail address',
  sameEmail: 'same e-mail address as someone earlier in the list',
  noContact: 'neither phone nor e-mail',
  notInVault: 'person number not in the vault',
} as const;

export interface Contact {
  person: ExportPerson;
  phone: string | null;
  email: string | null;
}

/** A landline cannot take an SMS; numbers whose type is unknown are kept (most mobile plans are). */
function smsCapable(e164: string): boolean {
  const type = parsePhoneNumberFromString(e164, maxMetadata)?.getType();
  return type !== 'FIXED_LINE' && type !== 'VOIP' && type !== 'TOLL_FREE' && type !== 'PREMIUM_RATE';
}

function usablePhone(p: ExportPerson): { phone: string } | { reason: string } {
  const numbers = [p.phone, p.phone_alt].filter((n): n is string => n !== null && E164.test(n));
  if (numbers.length === 0) return { reason: LEFT_OUT.noPhone };
  const mobile = numbers.find(smsCapable);
  return mobile ? { phone: mobile } : { reason: LEFT_OUT.landline };
}

function usableEmail(p: ExportPerson): string | null {
  const email = p.email?.trim() ?? '';
  return EMAIL.test(email) ? email : null;
}

/** Who can be reached in this layout, each number or address once. */
export function reachable(
  people: readonly ExportPerson[],
  layout: ContactLayout,
): { contacts: Contact[]; leftOut: LeftOut[] } {
  const reasons = new Map<string, number>();
  const leave = (reason: string) => reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  const seen = new Set<string>();
  const contacts: Contact[] = [];
  for (const person of people) {
    if (layout === 'sms' || layout === 'rapidpro') {
      const phone = usablePhone(person);
      if ('reason' in phone) leave(phone.reason);
      else if (seen.has(phone.phone)) leave(LEFT_OUT.samePhone);
      else {
        seen.add(phone.phone);
        contacts.push({ person, phone: phone.phone, email: null });
      }
    } else if (layout === 'email') {
      const email = usableEmail(person);
      const key = email?.toLowerCase();
      if (!email || !key) leave(LEFT_OUT.noEmail);
      else if (seen.has(key)) leave(LEFT_OUT.sameEmail);
      else {
        seen.add(key);
        contacts.push({ person, phone: null, email });
      }
    } else {
      const phone = usablePhone(person);
      const email = usableEmail(person);
      const number =
        'phone' in phone ? phone.phone : [person.phone, person.phone_alt].find((n) => n && E164.test(n));
      if (!number && !email) leave(LEFT_OUT.noContact);
      else contacts.push({ person, phone: number ?? null, email });
    }
  }
  return { contacts, leftOut: [...reasons].map(([reason, count]) => ({ reason, count })) };
}

interface Column {
  field: string;
  header: string;
  value: (c: Contact, ref: (id: number) => string) => Cell;
}

const nameOf = (p: ExportPerson) =>
  p.full_name ?? ([p.given_names, p.surname].filter(Boolean).join(' ') || null);

const LAYOUT_COLUMNS: Record<'sms' | 'rapidpro' | 'email', readonly Column[]> = {
  sms: [
    { field: 'ref', header: 'reference', value: (c, ref) => ref(c.person.id) },
    { field: 'name', header: 'name', value: (c) => nameOf(c.person) },
    { field: 'phone', header: 'phone', value: (c) => c.phone },
    { field: 'language', header: 'language', value: (c) => iso6393(c.person.language) },
    { field: 'channel', header: 'channel', value: () => 'sms' },
  ],
  rapidpro: [
    { field: 'phone', header: 'URN:Tel', value: (c) => `tel:${c.phone}` },
    { field: 'name', header: 'Name', value: (c) => nameOf(c.person) },
    { field: 'language', header: 'Language', value: (c) => iso6393(c.person.language) },
    { field: 'ref', header: 'Field:reference', value: (c, ref) => ref(c.person.id) },
  ],
  email: [
    { field: 'email', header: 'email', value: (c) => c.email },
    { field: 'name', header: 'name', value: (c) => nameOf(c.person) },
    { field: 'ref', header: 'reference', value: (c, ref) => ref(c.person.id) },
    { field: 'language', header: 'language', value: (c) => iso6393(c.person.language) },
  ],
};

export const CONTACT_FIELDS: readonly string[] = [
  ...new Set(Object.values(LAYOUT_COLUMNS).flatMap((columns) => columns.map((c) => c.field))),
];

/** The field a layout exists for: a list the profile strips of it would be useless, so it is refused. */
export const ESSENTIAL = { sms: 'phone', rapidpro: 'phone', email: 'email', vcard: 'phone' } as const;

export function contactsTable(
  contacts: readonly Contact[],
  layout: 'sms' | 'rapidpro' | 'email',
  profile: PartnerProfile,
  ref: (id: number) => string,
): Table {
  const columns = allowedColumns(profile, LAYOUT_COLUMNS[layout]);
  return {
    title: 'Contacts',
    header: columns.map((c) => c.header),
    rows: contacts.map((contact) => columns.map((c) => c.value(contact, ref))),
  };
}

/** RFC 6350 text escaping: backslash, comma, semicolon and line breaks. */
function vcardText(text: string): string {
  return text.replace(/[\\,;]/g, (m) => `\\${m}`).replace(/\r?\n|\r/g, '\\n');
}

export function contactsVcard(
  contacts: readonly Contact[],
  profile: PartnerProfile,
  ref: (id: number) => string,
): string {
  const allowed = new Set(profile.fields);
  const cards: string[] = [];
  for (const c of contacts) {
    const p = c.person;
    const named = allowed.has('name') && !profile.pseudonymous;
    const fullName = named ? (nameOf(p) ?? ref(p.id)) : ref(p.id);
    const lines = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${vcardText(fullName)}`];
    lines.push(
      named
        ? `N:${vcardText(p.surname ?? '')};${vcardText(p.given_names ?? '')};;;`
        : `N:${vcardText(fullName)};;;;`,
    );
    if (c.phone && allowed.has('phone')) lines.push(`TEL;TYPE=CELL:${c.phone}`);
    if (c.email && allowed.has('email')) lines.push(`EMAIL;TYPE=INTERNET:${vcardText(c.email)}`);
    const language = iso6393(p.language);
    if (language && allowed.has('language')) lines.push(`LANG:${language}`);
    lines.push('END:VCARD');
    cards.push(lines.join('\r\n'));
  }
  return cards.length ? cards.join('\r\n') + '\r\n' : '';
}
