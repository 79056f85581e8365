// Survivor values of a merged person: for each field, the value of the record the officer's policy
// prefers among those that have one. Records are never altered; this is only what the person shows.
import type { MatchRecord, MatchSettings } from '../../../shared/match';

export const SURVIVOR_FIELDS = [
  'given_names',
  'surname',
  'date_of_birth',
  'sex',
  'nationality',
  'passport_no',
  'national_id',
  'phone',
  'email',
  'city',
  'address',
] as const;

type Policy = MatchSettings['survivorship'];

/** Records from most to least preferred under the policy (ties: source priority, then newest, then id). */
export function preferenceOrder(records: MatchRecord[], policy: Policy): MatchRecord[] {
  const rankOf = (r: MatchRecord) => {
    const i = r.source === null ? -1 : policy.sourcePriority.indexOf(r.source);
    return i < 0 ? policy.sourcePriority.length : i;
  };
  const filled = (r: MatchRecord) => SURVIVOR_FIELDS.filter((f) => r[f] !== null && r[f] !== '').length;
  const byRecency = (a: MatchRecord, b: MatchRecord) =>
    a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : 0;
  return [...records].sort((a, b) => {
    const primary =
      policy.rule === 'source_priority'
        ? rankOf(a) - rankOf(b)
        : policy.rule === 'most_complete'
          ? filled(b) - filled(a)
          : byRecency(a, b);
    return primary || rankOf(a) - rankOf(b) || byRecency(a, b) || a.id - b.id;
  });
}

export function survivorValues(records: MatchRecord[], policy: Policy) {
  const ordered = preferenceOrder(records, policy);
  return SURVIVOR_FIELDS.map((field) => {
    const from = ordered.find((r) => r[field] !== null && r[field] !== '');
    return { field, value: from ? from[field] : null, recordId: from ? from.id : null };
  });
}
