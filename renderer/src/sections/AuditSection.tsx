import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../shared/domain';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { describeError } from '../errorMessages';
import { SectionHeading } from './SectionHeading';

const PAGE_SIZE = 100;

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

function formatTime(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : timeFormat.format(date);
}

export function formatCounts(counts: AuditEntry['counts']): string {
  if (counts === null) return '';
  return Object.entries(counts)
    .map(([name, value]) => `${name}: ${value.toLocaleString()}`)
    .join(', ');
}

type Load =
  | { state: 'loading' }
  | { state: 'ready'; entries: AuditEntry[]; more: boolean }
  | { state: 'failed'; error: string };

/** The audit trail, newest first: who did what, to which object, and how many records it touched. */
export function AuditSection(): React.JSX.Element {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    call('audit.list', { limit: PAGE_SIZE }).then(
      (entries) => {
        if (current) setLoad({ state: 'ready', entries, more: entries.length === PAGE_SIZE });
      },
      (err: unknown) => {
        if (current) setLoad({ state: 'failed', error: describeError(err) });
      },
    );
    return () => {
      current = false;
    };
  }, []);

  async function loadOlder(): Promise<void> {
    if (load.state !== 'ready') return;
    const oldest = load.entries[load.entries.length - 1];
    if (!oldest) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const older = await call('audit.list', { limit: PAGE_SIZE, beforeId: oldest.id });
      setLoad({ state: 'ready', entries: [...load.entries, ...older], more: older.length === PAGE_SIZE });
    } catch (err) {
      setMoreError(describeError(err));
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <section className="section">
      <SectionHeading title="Audit" />
      <p className="section-meta">Every action in this vault, by operator. The trail cannot be edited.</p>
      {load.state === 'loading' ? (
        <p className="muted" role="status">
          Loading the audit trail…
        </p>
      ) : null}
      {load.state === 'failed' ? <ErrorAlert message={load.error} /> : null}
      {load.state === 'ready' && load.entries.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state-title">No audit entries yet.</p>
        </div>
      ) : null}
      {load.state === 'ready' && load.entries.length > 0 ? (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Audit trail, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Operator</th>
                  <th scope="col">Action</th>
                  <th scope="col">Object</th>
                  <th scope="col">Counts</th>
                </tr>
              </thead>
              <tbody>
                {load.entries.map((entry) => (
                  <tr key={entry.id}>
                    <td className="cell-nowrap">
                      <time dateTime={entry.at}>{formatTime(entry.at)}</time>
                    </td>
                    <td dir="auto">{entry.operator}</td>
                    <td>
                      <code className="action">{entry.action}</code>
                    </td>
                    <td dir="auto">{entry.object ?? ''}</td>
                    <td className="cell-numbers">{formatCounts(entry.counts)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ErrorAlert message={moreError} />
          {load.more ? (
            <button type="button" className="button" onClick={() => void loadOlder()} disabled={loadingMore}>
              {loadingMore ? 'Loading…' : 'Show older entries'}
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
