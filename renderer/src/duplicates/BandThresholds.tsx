// The two cut-offs between auto-link, review and distinct, set with sliders or typed, with the
// number of pairs each band would hold shown as they move. Nothing changes until "Apply".
import { useId, useState } from 'react';
import type { MatchSettings, MatchStatus } from '../../../shared/match';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { describeMatchError } from './matchErrors';
import { BandHistogram } from './BandHistogram';
import {
  checkThresholds,
  REVIEW_MIN,
  THRESHOLD_MAX,
  THRESHOLD_STEP,
  type ThresholdDraft,
} from './thresholdBounds';
import { useBandCounts } from './useBandCounts';

interface BandThresholdsProps {
  saved: MatchSettings['thresholds'];
  onSaved(status: MatchStatus): void;
}

function draftOf(t: MatchSettings['thresholds']): ThresholdDraft {
  return { autoLink: String(t.autoLink), review: String(t.review) };
}

function ThresholdInput({
  label,
  hint,
  value,
  onChange,
}: {
  label: string;
  hint: string;
  value: string;
  onChange(value: string): void;
}): React.JSX.Element {
  const id = useId();
  const numeric = Number(value);
  return (
    <div className="threshold">
      <label htmlFor={`${id}-number`} className="field-label">
        {label}
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div className="threshold-inputs">
        <input
          type="range"
          min={REVIEW_MIN}
          max={THRESHOLD_MAX}
          step={THRESHOLD_STEP}
          value={Number.isFinite(numeric) ? numeric : 0}
          aria-label={`${label} (slider)`}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange(e.target.value)}
        />
        <input
          id={`${id}-number`}
          type="number"
          className="threshold-number"
          min={REVIEW_MIN}
          max={THRESHOLD_MAX}
          step={THRESHOLD_STEP}
          value={value}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
    </div>
  );
}

export function BandThresholds({ saved, onSaved }: BandThresholdsProps): React.JSX.Element {
  const [draft, setDraft] = useState<ThresholdDraft>(() => draftOf(saved));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const check = checkThresholds(draft);
  const bands = useBandCounts(check.ok ? check.thresholds : null);
  const unchanged =
    check.ok && check.thresholds.autoLink === saved.autoLink && check.thresholds.review === saved.review;

  function edit(next: Partial<ThresholdDraft>): void {
    setDraft((d) => ({ ...d, ...next }));
    setNotice(null);
  }

  async function apply(): Promise<void> {
    if (!check.ok) return;
    setSaving(true);
    setError(null);
    try {
      const status = await call('match.setThresholds', { thresholds: check.thresholds });
      setNotice('Thresholds saved. Persons were regrouped from the stored scores.');
      onSaved(status);
    } catch (err) {
      setError(`The thresholds were not saved. ${describeMatchError(err)}`);
    } finally {
      setSaving(false);
    }
  }

  const counts = bands.counts;
  const band = (
    key: 'autoLink' | 'review' | 'distinct',
    title: string,
    meaning: string,
  ): React.JSX.Element => (
    <div className={`band-count band-count-${key}`} data-band={key}>
      <dt>{title}</dt>
      <dd>
        <span className="band-count-number">{counts ? counts[key].toLocaleString() : '…'}</span>
        <span className="muted"> pairs · {meaning}</span>
      </dd>
    </div>
  );

  return (
    <section className="bands" aria-labelledby="bands-title">
      <h2 className="subsection-title" id="bands-title">
        Score bands
      </h2>
      <p className="muted">
        A pair’s match weight adds up what each field says for or against the same person. Pairs at or above
        the auto-link threshold are merged; between the two thresholds they wait for review.
      </p>
      <div className="threshold-grid">
        <ThresholdInput
          label="Auto-link threshold"
          hint="At or above: merged without review."
          value={draft.autoLink}
          onChange={(autoLink) => edit({ autoLink })}
        />
        <ThresholdInput
          label="Review threshold"
          hint="At or above (and below auto-link): an officer decides."
          value={draft.review}
          onChange={(review) => edit({ review })}
        />
      </div>
      {!check.ok ? (
        <p className="field-error" role="alert">
          {check.message}
        </p>
      ) : null}
      <dl
        className={bands.stale ? 'band-counts is-stale' : 'band-counts'}
        aria-live="polite"
        aria-busy={bands.stale}
      >
        {band('autoLink', 'Auto-link', 'merged')}
        {band('review', 'Review', 'to an officer')}
        {band('distinct', 'Distinct', 'kept apart')}
      </dl>
      {counts && check.ok ? (
        <BandHistogram histogram={counts.histogram} thresholds={check.thresholds} />
      ) : null}
      <ErrorAlert message={bands.error ?? error} />
      {notice ? (
        <div className="alert alert-success" role="status">
          {notice}
        </div>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={!check.ok || unchanged || saving}
          onClick={() => void apply()}
        >
          {saving ? 'Applying…' : 'Apply thresholds'}
        </button>
        <button
          type="button"
          className="button"
          disabled={
            saving || (draft.autoLink === String(saved.autoLink) && draft.review === String(saved.review))
          }
          onClick={() => {
            setDraft(draftOf(saved));
            setNotice(null);
          }}
        >
          Back to saved values
        </button>
      </div>
    </section>
  );
}
