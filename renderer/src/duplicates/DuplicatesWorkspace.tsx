// The Duplicates section once the vault has records: run and last-run summary on top, then
// the review queue, the score bands and the merged persons; a merged person opens in place.
import { useState } from 'react';
import { ErrorAlert } from '../components/ErrorAlert';
import { BandThresholds } from './BandThresholds';
import { DuplicatesTabs, panelId, tabId, type DuplicatesTab } from './DuplicatesTabs';
import { MergedPersonsList } from './MergedPersonsList';
import { MergedPersonView } from './MergedPersonView';
import { ReviewQueue } from './ReviewQueue';
import { RunDedupePanel } from './RunDedupePanel';
import { RunSummary } from './RunSummary';
import { useMatchStatus } from './useMatchStatus';

const BACK_LABELS: Record<DuplicatesTab, string> = {
  review: 'Back to the review queue',
  bands: 'Back to the score bands',
  merged: 'Back to merged persons',
};

export function DuplicatesWorkspace({ onVaultChanged }: { onVaultChanged?: () => void }): React.JSX.Element {
  const match = useMatchStatus();
  const [tab, setTab] = useState<DuplicatesTab>('review');
  const [openRecord, setOpenRecord] = useState<number | null>(null);
  // Bumped by a run: the queue and lists read again from scratch.
  const [runCount, setRunCount] = useState(0);
  // Bumped by any change to persons: lists read again, the queue keeps its place.
  const [personsVersion, setPersonsVersion] = useState(0);
  const [running, setRunning] = useState(false);

  const status = match.status;
  if (status === null)
    return match.error ? <ErrorAlert message={match.error} /> : <p className="muted">Reading…</p>;

  function personsChanged(): void {
    setPersonsVersion((v) => v + 1);
    match.reload();
    onVaultChanged?.();
  }

  return (
    <div className="duplicates">
      <div className="duplicates-top">
        <RunDedupePanel
          status={status}
          onRunningChange={setRunning}
          onFinished={() => {
            setRunCount((n) => n + 1);
            setOpenRecord(null);
            match.reload();
            onVaultChanged?.();
          }}
        />
        {status.lastRun ? <RunSummary run={status.lastRun} decisions={status.decisions} /> : null}
      </div>
      <ErrorAlert message={match.error} />
      {status.lastRun === null ? null : running ? (
        // Scores and persons are being rebuilt: decisions now would be judged on pairs about to change.
        <p className="muted">
          The review queue, score bands and merged persons return when the search finishes.
        </p>
      ) : openRecord !== null ? (
        <MergedPersonView
          key={openRecord}
          recordId={openRecord}
          closeLabel={BACK_LABELS[tab]}
          onClose={() => setOpenRecord(null)}
          onChanged={personsChanged}
        />
      ) : (
        <>
          <DuplicatesTabs active={tab} onSelect={setTab} />
          <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} className="tab-panel">
            {tab === 'review' ? (
              <ReviewQueue key={runCount} onDecided={personsChanged} onOpenPerson={setOpenRecord} />
            ) : null}
            {tab === 'bands' ? (
              <BandThresholds
                key={runCount}
                saved={status.settings.thresholds}
                onSaved={(next) => {
                  match.replace(next);
                  setPersonsVersion((v) => v + 1);
                }}
              />
            ) : null}
            {tab === 'merged' ? (
              <MergedPersonsList version={personsVersion + runCount} onOpen={setOpenRecord} />
            ) : null}
          </div>
        </>
      )}
    </div>
  );
}
