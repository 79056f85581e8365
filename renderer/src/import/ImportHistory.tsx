import { useState } from 'react';
import type { ImportBatch } from '../../../shared/imports';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { describeError } from '../errorMessages';
import { ConfirmDialog } from './ConfirmDialog';
import { formatWhen } from './format';

interface ImportHistoryProps {
  batches: readonly ImportBatch[] | null;
  loadError: string | null;
  onUndone(batch: ImportBatch): void;
}

function summary(batch: ImportBatch): string {
  const c = batch.counts;
  return `${c.imported.toLocaleString()} new, ${c.updated.toLocaleString()} updated, ${c.rejected.toLocaleString()} rejected`;
}

/** Every import into this vault, newest first, each one undoable after a confirmation. */
export function ImportHistory({ batches, loadError, onUndone }: ImportHistoryProps): React.JSX.Element {
  const [confirming, setConfirming] = useState<ImportBatch | null>(null);
  const [undoing, setUndoing] = useState(false);
  const [undoError, setUndoError] = useState<string | null>(null);

  async function undo(batch: ImportBatch): Promise<void> {
    setUndoing(true);
    setUndoError(null);
    try {
      const undone = await call('import.undo', { batchId: batch.id });
      setConfirming(null);
      onUndone(undone);
    } catch (err) {
      setConfirming(null);
      setUndoError(`Import #${batch.id} could not be undone. ${describeError(err)}`);
    } finally {
      setUndoing(false);
    }
  }

  return (
    <section className="import-history" aria-labelledby="import-history-title">
      <h2 className="subsection-title" id="import-history-title">
        Import history
      </h2>
      <ErrorAlert message={loadError} />
      <ErrorAlert message={undoError} />
      {batches === null && loadError === null ? <p className="muted">Loading the history…</p> : null}
      {batches !== null && batches.length === 0 ? (
        <p className="muted">No file has been imported into this vault yet.</p>
      ) : null}
      {batches !== null && batches.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Imports into this vault, newest first</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">When</th>
                <th scope="col">Source</th>
                <th scope="col">File</th>
                <th scope="col">Operator</th>
                <th scope="col">Rows</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {batches.map((batch) => (
                <tr key={batch.id} className={batch.undoneAt ? 'is-undone' : undefined}>
                  <td className="cell-nowrap cell-numbers">{batch.id}</td>
                  <td className="cell-nowrap">
                    <time dateTime={batch.at}>{formatWhen(batch.at)}</time>
                  </td>
                  <td dir="auto">{batch.source}</td>
                  <td dir="auto">{batch.fileName}</td>
                  <td dir="auto">{batch.operator}</td>
                  <td className="cell-numbers">{summary(batch)}</td>
                  <td className="cell-nowrap">
                    {batch.undoneAt ? (
                      <span className="badge">Undone {formatWhen(batch.undoneAt)}</span>
                    ) : (
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={`Undo import #${batch.id} (${batch.fileName})`}
                        onClick={() => setConfirming(batch)}
                      >
                        Undo
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={`Undo import #${confirming.id}?`}
          confirmLabel={undoing ? 'Undoing…' : 'Undo import'}
          cancelLabel="Keep it"
          danger
          busy={undoing}
          onCancel={() => setConfirming(null)}
          onConfirm={() => void undo(confirming)}
        >
          <p>
            {confirming.fileName} from “{confirming.source}”: the{' '}
            {confirming.counts.imported.toLocaleString()} people it added are removed and the{' '}
            {confirming.counts.updated.toLocaleString()} records it updated go back to how they were.
          </p>
          <p className="muted">The undo is recorded in the audit trail.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
