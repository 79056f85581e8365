// Starting a duplicate search and following it: which phase it is in, how fast, and a way out.
import { useState } from 'react';
import type { JobProgress } from '../../../shared/domain';
import type { MatchRunSummary, MatchStatus } from '../../../shared/match';
import { call, isApiError, newRequestId, useJobProgress } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { JobProgressView } from '../components/JobProgressView';
import { describeMatchError } from './matchErrors';
import { formatCount } from '../import/format';
import { isMatchPhase, MATCH_PHASES, matchPhaseLabel } from './format';

type RunMode = 'auto' | 'full';

type Run =
  | { state: 'idle' }
  | { state: 'running'; requestId: string; mode: RunMode; cancelling: boolean }
  | { state: 'cancelled' };

interface RunDedupePanelProps {
  status: MatchStatus;
  onFinished(summary: MatchRunSummary): void;
  /** A run started or ended (finished, cancelled or failed). */
  onRunningChange?(running: boolean): void;
}

/** The phases as steps: done, current, to come; the bar below measures the current one. */
function PhaseSteps({ progress }: { progress: JobProgress | null }): React.JSX.Element {
  const at = progress && isMatchPhase(progress.phase) ? MATCH_PHASES.indexOf(progress.phase) : -1;
  return (
    <ol className="phase-steps" aria-label="Phases">
      {MATCH_PHASES.map((phase, i) => (
        <li
          key={phase}
          className={i < at ? 'is-done' : i === at ? 'is-current' : undefined}
          aria-current={i === at ? 'step' : undefined}
        >
          {matchPhaseLabel(phase)}
        </li>
      ))}
    </ol>
  );
}

function progressNumbers(progress: JobProgress | null): string {
  if (progress === null) return 'Starting…';
  return [
    progress.total > 0
      ? `${formatCount(progress.done)} of ${formatCount(progress.total)}`
      : progress.done > 0
        ? formatCount(progress.done)
        : null,
    progress.rate > 0 ? `${formatCount(progress.rate)}/s` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

export function RunDedupePanel({
  status,
  onFinished,
  onRunningChange,
}: RunDedupePanelProps): React.JSX.Element {
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const progress = useJobProgress(run.state === 'running' ? run.requestId : null);

  async function start(mode: RunMode): Promise<void> {
    const requestId = newRequestId();
    setError(null);
    setRun({ state: 'running', requestId, mode, cancelling: false });
    onRunningChange?.(true);
    try {
      const summary = await call('match.run', { mode }, { requestId });
      setRun({ state: 'idle' });
      onFinished(summary);
    } catch (err) {
      if (isApiError(err, 'CANCELLED')) {
        setRun({ state: 'cancelled' });
        return;
      }
      setRun({ state: 'idle' });
      setError(`The search for duplicates failed; persons are as they were. ${describeMatchError(err)}`);
    } finally {
      onRunningChange?.(false);
    }
  }

  async function cancel(): Promise<void> {
    if (run.state !== 'running') return;
    setRun({ ...run, cancelling: true });
    try {
      await call('job.cancel', { requestId: run.requestId });
    } catch (err) {
      setError(`The search could not be cancelled. ${describeMatchError(err)}`);
    }
  }

  if (run.state === 'running') {
    const label =
      run.mode === 'full' ? 'Finding duplicates among all records' : 'Finding duplicates among new records';
    return (
      <div className="run-panel">
        <PhaseSteps progress={progress} />
        <JobProgressView
          label={run.cancelling ? 'Cancelling…' : label}
          progress={progress && { ...progress, phase: matchPhaseLabel(progress.phase) }}
        />
        <p className="cell-numbers muted">{progressNumbers(progress)}</p>
        <ErrorAlert message={error} />
        <div className="button-row">
          <button type="button" className="button" onClick={() => void cancel()} disabled={run.cancelling}>
            {run.cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        </div>
      </div>
    );
  }

  const ranBefore = status.lastRun !== null;
  return (
    <div className="run-block">
      {run.state === 'cancelled' ? (
        <div className="alert alert-info" role="status">
          <p className="alert-title">Search cancelled. Persons and decisions are as they were.</p>
        </div>
      ) : null}
      <ErrorAlert message={error} />
      <div className="run-panel run-panel-idle">
        <p className="run-panel-line">
          {ranBefore
            ? status.pendingRecords > 0
              ? `${formatCount(status.pendingRecords)} records imported since the last run are not matched yet.`
              : 'Every record has been matched.'
            : `${formatCount(status.totalRecords)} records have not been checked for duplicates yet.`}
        </p>
        <div className="button-row">
          {!ranBefore || status.pendingRecords > 0 ? (
            <button type="button" className="button button-primary" onClick={() => void start('auto')}>
              {ranBefore ? `Match ${formatCount(status.pendingRecords)} new records` : 'Find duplicates'}
            </button>
          ) : null}
          {ranBefore ? (
            <button type="button" className="button" onClick={() => void start('full')}>
              Run again on all records
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
