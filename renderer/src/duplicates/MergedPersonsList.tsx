// Persons holding more than one record, largest first, a page at a time.
import { useEffect, useState } from 'react';
import type { ClusterListPage } from '../../../shared/match';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { describeMatchError } from './matchErrors';

const PAGE_SIZE = 50;

type Load =
  { state: 'loading' } | { state: 'ready'; page: ClusterListPage } | { state: 'failed'; error: string };

export function MergedPersonsList({
  version,
  onOpen,
}: {
  /** Changes when persons may have changed, to read the list again. */
  version: number;
  onOpen(personId: number): void;
}): React.JSX.Element {
  const [offset, setOffset] = useState(0);
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    call('match.clusters', { minSize: 2, offset, limit: PAGE_SIZE }).then(
      (page) => {
        if (live) setLoad({ state: 'ready', page });
      },
      (err: unknown) => {
        if (live)
          setLoad({ state: 'failed', error: `Merged persons could not be read. ${describeMatchError(err)}` });
      },
    );
    return () => {
      live = false;
    };
  }, [offset, version]);

  if (load.state === 'loading') return <p className="muted">Reading merged persons…</p>;
  if (load.state === 'failed') return <ErrorAlert message={load.error} />;
  const { page } = load;
  if (page.total === 0)
    return (
      <div className="empty-state">
        <p className="empty-state-title">No merged persons yet.</p>
        <p className="muted">Records linked by a run or by your decisions appear here as one person.</p>
      </div>
    );
  const last = Math.min(offset + page.rows.length, page.total);
  return (
    <div className="merged-list">
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Merged persons, largest first</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Date of birth</th>
              <th scope="col" className="cell-numbers">
                Records
              </th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr key={row.personId}>
                <td className="merged-name">
                  <button type="button" className="link-button" onClick={() => onOpen(row.personId)}>
                    <span dir="auto">
                      {[row.given_names, row.surname].filter(Boolean).join(' ') || 'Unnamed person'}
                    </span>
                  </button>
                </td>
                <td className="cell-nowrap">{row.date_of_birth ?? ''}</td>
                <td className="cell-numbers">{row.size.toLocaleString()}</td>
                <td dir="auto">{row.sources.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <span className="muted cell-numbers">
          {(offset + 1).toLocaleString()}–{last.toLocaleString()} of {page.total.toLocaleString()}
        </span>
        <button
          type="button"
          className="button button-small"
          disabled={offset === 0}
          onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
        >
          Previous
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={last >= page.total}
          onClick={() => setOffset(offset + PAGE_SIZE)}
        >
          Next
        </button>
      </div>
    </div>
  );
}
