// Words and numbers of the Duplicates screens: match weights, likelihoods, field and phase names.
import type { MatchDecision, MatchField, MatchPhase, MatchRecord } from '../../../shared/match';

/** "+7.4" / "−2.0": the sign matters, since a negative weight argues against a match. */
export function formatWeight(weight: number): string {
  const rounded = Math.round(weight * 10) / 10;
  if (rounded === 0) return '0.0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)}`;
}

/** A probability as a whole percentage, never claiming certainty the model does not have. */
export function formatLikelihood(probability: number): string {
  const percent = probability * 100;
  if (percent > 99 && percent < 100) return '> 99%';
  if (percent < 1 && percent > 0) return '< 1%';
  return `${Math.round(percent)}%`;
}

const FIELD_LABELS: Record<MatchField, string> = {
  given_names: 'Given names',
  surname: 'Surname',
  date_of_birth: 'Date of birth',
  sex: 'Sex',
  passport_no: 'Passport number',
  national_id: 'National ID',
  phone: 'Phone',
  email: 'E-mail',
  nationality: 'Nationality',
  city: 'City',
};

export function matchFieldLabel(field: MatchField): string {
  return FIELD_LABELS[field];
}

const PHASE_LABELS: Record<MatchPhase, string> = {
  loading: 'Reading records',
  blocking: 'Blocking',
  estimating: 'Estimating the model',
  scoring: 'Scoring pairs',
  clustering: 'Clustering',
  saving: 'Saving',
};

export const MATCH_PHASES = Object.keys(PHASE_LABELS) as MatchPhase[];

export function isMatchPhase(phase: string): phase is MatchPhase {
  return (MATCH_PHASES as string[]).includes(phase);
}

export function matchPhaseLabel(phase: string): string {
  return isMatchPhase(phase) ? PHASE_LABELS[phase] : phase;
}

const DECISION_LABELS: Record<MatchDecision, string> = {
  match: 'Match',
  not_match: 'Not a match',
  skip: 'Skipped',
};

export function decisionLabel(decision: MatchDecision): string {
  return DECISION_LABELS[decision];
}

/** The name a record is known by, in the order the source wrote it. */
export function recordName(record: Pick<MatchRecord, 'given_names' | 'surname'>): string {
  return [record.given_names, record.surname].filter(Boolean).join(' ') || 'Unnamed record';
}

/** "Ministry registrations · row 45": where a record came from, without its contents. */
export function recordOrigin(record: Pick<MatchRecord, 'source' | 'row' | 'batchId'>): string {
  return [
    record.source ?? 'Entered by hand',
    record.row !== null ? `row ${record.row.toLocaleString()}` : null,
    record.batchId !== null ? `import #${record.batchId}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
