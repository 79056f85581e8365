// What can be exported and in which forms, and the file name the save dialog suggests.
import type { ContactLayout, ExportKind, TableFormat } from '../../../shared/exports';

export const KIND_LABELS: Record<ExportKind, { label: string; hint: string }> = {
  manifest: {
    label: 'Evacuation manifest',
    hint: 'Everyone in an area, household by household, for the carrier and border control.',
  },
  contacts: {
    label: 'Contact list',
    hint: 'Phones or e-mail addresses for an alert; people without a usable contact are left out.',
  },
  aggregate: {
    label: 'Aggregated figures',
    hint: 'Counts by area, nationality, sex and age band; small counts are hidden.',
  },
};

export const KINDS: ExportKind[] = ['manifest', 'contacts', 'aggregate'];

export const TABLE_FORMATS: Record<ExportKind, { value: TableFormat; label: string }[]> = {
  manifest: [
    { value: 'csv', label: 'CSV' },
    { value: 'xlsx', label: 'Excel (XLSX)' },
    { value: 'pdf', label: 'PDF (to print)' },
  ],
  contacts: [],
  aggregate: [
    { value: 'csv', label: 'CSV' },
    { value: 'xlsx', label: 'Excel (XLSX)' },
  ],
};

export const LAYOUTS: { value: ContactLayout; label: string }[] = [
  { value: 'sms', label: 'SMS gateway (CSV)' },
  { value: 'rapidpro', label: 'RapidPro contacts (CSV)' },
  { value: 'email', label: 'E-mail list (CSV)' },
  { value: 'vcard', label: 'vCard (phone address book)' },
];

export type FileExtension = 'csv' | 'xlsx' | 'pdf' | 'vcf';

export function fileExtension(kind: ExportKind, format: TableFormat, layout: ContactLayout): FileExtension {
  if (kind === 'contacts') return layout === 'vcard' ? 'vcf' : 'csv';
  return format;
}

/** "manifest-port-district-2026-12-06.csv": what, where, when; letters and digits only. */
export function suggestedFileName(
  kind: ExportKind,
  where: string | null,
  extension: FileExtension,
  today: Date,
): string {
  const place = (where ?? 'all-areas')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const stem = kind === 'contacts' ? 'contacts' : kind === 'aggregate' ? 'figures' : 'manifest';
  return `${stem}-${place || 'area'}-${today.toISOString().slice(0, 10)}.${extension}`;
}
