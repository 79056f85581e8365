import type { JobProgress } from '../../../shared/domain';
import { formatCount, formatEta, formatRate } from './format';

interface RunStepProps {
  fileName: string;
  progress: JobProgress | null;
  cancelling: boolean;
  onCancel(): void;
}

// Engine phases are identifiers; say them as words.
function phaseLabel(phase: string): string {
  const words = phase.replace(/[-_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Step 3: the import running, with its speed and time left, and a way out that changes nothing. */
export function RunStep({ fileName, progress, cancelling, onCancel }: RunStepProps): React.JSX.Element {
  const determinate = progress !== null && progress.total > 0;
  const eta = progress ? formatEta(progress.etaSeconds) : null;
  const label = `Importing ${fileName}`;
  return (
    <div className="wizard-step">
      <div className="job-progress import-progress" role="status" aria-live="polite">
        <p className="job-progress-label">
          {cancelling ? 'Cancelling…' : label}
          {progress && progress.phase !== '' ? (
            <span className="job-progress-phase"> · {phaseLabel(progress.phase)}</span>
          ) : null}
        </p>
        {determinate ? (
          <progress max={progress.total} value={Math.min(progress.done, progress.total)} aria-label={label} />
        ) : (
          <progress aria-label={label} />
        )}
        <p className="import-progress-numbers cell-numbers">
          {progress === null
            ? 'Starting…'
            : [
                determinate
                  ? `${formatCount(progress.done)} of ${formatCount(progress.total)} rows`
                  : `${formatCount(progress.done)} rows`,
                progress.rate > 0 ? formatRate(progress.rate) : null,
                eta,
              ]
                .filter(Boolean)
                .join(' · ')}
        </p>
      </div>
      <p className="muted">
        Nothing enters the vault until the import finishes. Cancelling leaves it as it was.
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={onCancel} disabled={cancelling}>
          {cancelling ? 'Cancelling…' : 'Cancel import'}
        </button>
      </div>
    </div>
  );
}
