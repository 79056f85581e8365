import { useEffect, useState } from 'react';
import type { ImportReject } from '../../../shared/imports';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { describeError } from '../errorMessages';
import { fileNameOf } from '../paths';
import { rejectsFileName } from './format';

const SHOWN = 1000;

type Load =
  { state: 'loading' } | { state: 'ready'; rejects: ImportReject[] } | { state: 'failed'; error: string };

/** The rows an import refused, with the reason for each, and a CSV of them to send back to the source. */
export function RejectsPanel({
  batchId,
  fileName,
  rejected,
}: {
  batchId: number;
  fileName: string;
  rejected: number;
}): React.JSX.Element {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    call('import.rejects', { batchId, limit: SHOWN }).then(
      (rejects) => {
        if (current) setLoad({ state: 'ready', rejects });
      },
      (err: unknown) => {
        if (current)
          setLoad({ state: 'failed', error: `The rejected rows could not be listed. ${describeError(err)}` });
      },
    );
    return () => {
      current = false;
    };
  }, [batchId]);

  async function exportRejects(): Promise<void> {
    setExportError(null);
    setExported(null);
    setExporting(true);
    try {
      const path = await call('shell.chooseRejectsPath', { suggestedName: rejectsFileName(fileName) });
      if (path === null) return;
      const written = await call('import.exportRejects', { batchId, path });
      setExported(
        `${written.rows === 1 ? '1 rejected row' : `${written.rows.toLocaleString()} rejected rows`} written to ${fileNameOf(written.path)}.`,
      );
    } catch (err) {
      setExportError(`The rejected rows could not be exported. ${describeError(err)}`);
    } finally {
      setExporting(false);
    }
  }

  return (
    <div className="rejects">
      <div className="rejects-head">
        <h3 className="wizard-subheading">Rejected rows</h3>
        <button type="button" className="button" onClick={() => void exportRejects()} disabled={exporting}>
          {exporting ? 'Exporting…' : 'Export rejected rows…'}
        </button>
      </div>
      <p className="muted">
        The file lists row numbers and reasons only, so it can go back to the source to be corrected.
      </p>
      {exported ? (
        <div className="alert alert-info" role="status">
          {exported}
        </div>
      ) : null}
      <ErrorAlert message={exportError} />
      {load.state === 'loading' ? <p className="muted">Loading the rejected rows…</p> : null}
      {load.state === 'failed' ? <ErrorAlert message={load.error} /> : null}
      {load.state === 'ready' ? (
        <>
          <div className="table-wrap rejects-wrap">
            <table className="table">
              <caption className="visually-hidden">Rejected rows and why</caption>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {load.rejects.map((reject) => (
                  <tr key={reject.row}>
                    <td className="cell-nowrap cell-numbers">{reject.row}</td>
                    <td>{reject.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rejected > load.rejects.length ? (
            <p className="muted">
              Showing the first {load.rejects.length.toLocaleString()} of {rejected.toLocaleString()}; the
              export has them all.
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
