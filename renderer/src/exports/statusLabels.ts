// How each crisis status reads on screen, and its colour in the charts. Colours are told apart by
// lightness as well as hue, and every bar carries its number, so no one depends on colour alone.
import { PERSON_STATUSES, type PersonStatus, type StatusCountsByStatus } from '../../../shared/exports';

export const STATUS_LABELS: Record<PersonStatus, string> = {
  unknown: 'Unknown',
  contacted: 'Contacted',
  safe: 'Safe',
  needs_assistance: 'Needs assistance',
  evacuated: 'Evacuated',
  missing: 'Missing',
};

export function statusLabel(status: PersonStatus): string {
  return STATUS_LABELS[status];
}

export const STATUS_OPTIONS = PERSON_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));

export function countsTotal(counts: StatusCountsByStatus): number {
  return PERSON_STATUSES.reduce((n, s) => n + counts[s], 0);
}
