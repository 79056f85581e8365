import type { JobProgress } from '../../../shared/domain';

interface JobProgressViewProps {
  /** What the officer is waiting for, e.g. "Unlocking the vault…". */
  label: string;
  progress: JobProgress | null;
}

// Engine phases are identifiers; these are the ones worth a sentence of their own.
const PHASES: Record<string, string> = {
  'deriving key': 'Deriving the key from the passphrase',
  decrypting: 'Decrypting',
  migrating: 'Updating the vault to this version',
  saving: 'Saving',
};

function describePhase(phase: string): string {
  const known = PHASES[phase];
  if (known) return known;
  const words = phase.replace(/[-_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Progress of a running call: determinate once the engine reports totals, indeterminate before. */
export function JobProgressView({ label, progress }: JobProgressViewProps): React.JSX.Element {
  const determinate = progress !== null && progress.total > 0;
  return (
    <div className="job-progress" role="status">
      <p className="job-progress-label">
        {label}
        {progress !== null && progress.phase !== '' ? (
          <span className="job-progress-phase"> {describePhase(progress.phase)}</span>
        ) : null}
      </p>
      {determinate ? (
        <progress max={progress.total} value={Math.min(progress.done, progress.total)} aria-label={label} />
      ) : (
        <progress aria-label={label} />
      )}
    </div>
  );
}
