// A merged person: the values it shows and where each comes from, every source record it
// holds, the survivorship policy, and "unmerge" for a record that does not belong.
import { useEffect, useRef, useState } from 'react';
import type { ClusterView, MatchRecord } from '../../../shared/match';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { describeMatchError } from './matchErrors';
import { fieldLabel } from '../people/fieldLabels';
import { recordName, recordOrigin } from './format';
import { SurvivorshipForm } from './SurvivorshipForm';

interface MergedPersonViewProps {
  /** Any record of the person (or its person id). */
  recordId: number;
  onClose(): void;
  /** Persons changed (an unmerge, a new policy): lists elsewhere should be read again. */
  onChanged(): void;
  /** Text of the button that leaves this view ("Back to the queue", "Close"). */
  closeLabel?: string;
}

type Load =
  { state: 'loading' } | { state: 'ready'; cluster: ClusterView } | { state: 'failed'; error: string };

function survivorValue(cluster: ClusterView, field: string): string | null {
  return cluster.survivor.find((s) => s.field === field)?.value ?? null;
}

function personName(cluster: ClusterView): string {
  const given = survivorValue(cluster, 'given_names');
  const surname = survivorValue(cluster, 'surname');
  const joined = [given, surname].filter(Boolean).join(' ');
  const first = cluster.records[0];
  return joined || (first ? recordName(first) : 'Unnamed person');
}

const RECORD_COLUMNS = [
  'date_of_birth',
  'passport_no',
  'phone',
  'email',
] as const satisfies readonly (keyof MatchRecord)[];

export function MergedPersonView({
  recordId,
  onClose,
  onChanged,
  closeLabel = 'Close',
}: MergedPersonViewProps): React.JSX.Element {
  const [shownId, setShownId] = useState(recordId);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    call('match.cluster', { id: shownId }).then(
      (cluster) => {
        if (live) setLoad({ state: 'ready', cluster });
      },
      (err: unknown) => {
        if (live)
          setLoad({ state: 'failed', error: `This person could not be read. ${describeMatchError(err)}` });
      },
    );
    return () => {
      live = false;
    };
  }, [shownId, version]);

  const ready = load.state === 'ready';
  // The view opens below the run summary: bring its top into sight, not just its heading's line.
  useEffect(() => {
    if (!ready) return;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, [ready]);

  async function unmerge(record: MatchRecord): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      const persons = await call('match.unmerge', { recordIds: [record.id] });
      // Stay with the person left behind: the officer is still working on it.
      const remaining = persons.find((p) => !p.records.some((r) => r.id === record.id)) ?? persons[0];
      if (remaining) {
        setShownId(remaining.personId);
        setLoad({ state: 'ready', cluster: remaining });
      }
      setNotice(
        `Record #${record.id} (${recordOrigin(record)}) is now a person of its own. Later runs keep it apart.`,
      );
      setConfirming(null);
      onChanged();
    } catch (err) {
      setError(`The record was not unmerged. ${describeMatchError(err)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div
      className="merged"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && confirming !== null) {
          e.stopPropagation();
          setConfirming(null);
        }
      }}
    >
      <div className="merged-head">
        <h2 className="subsection-title" ref={heading} tabIndex={-1} dir="auto">
          {load.state === 'ready' ? personName(load.cluster) : 'Merged person'}
        </h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      {load.state === 'loading' ? <p className="muted">Loading…</p> : null}
      {load.state === 'failed' ? <ErrorAlert message={load.error} /> : null}
      {notice ? (
        <div className="alert alert-success" role="status">
          {notice}
        </div>
      ) : null}
      <ErrorAlert message={error} />
      {load.state === 'ready' ? (
        <>
          <p className="muted">
            {load.cluster.records.length === 1
              ? 'One source record: nothing is merged into this person.'
              : `${load.cluster.records.length.toLocaleString()} source records merged into one person.`}
          </p>
          <section aria-labelledby="merged-survivor">
            <h3 className="panel-subheading" id="merged-survivor">
              Values shown for this person
            </h3>
            <div className="table-wrap">
              <table className="table merged-survivor">
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col">Value</th>
                    <th scope="col">Taken from</th>
                  </tr>
                </thead>
                <tbody>
                  {load.cluster.survivor
                    .filter((s) => s.value !== null && s.value !== '')
                    .map((s) => {
                      const from = load.cluster.records.find((r) => r.id === s.recordId);
                      return (
                        <tr key={s.field}>
                          <th scope="row">{fieldLabel(s.field)}</th>
                          <td dir="auto">{s.value}</td>
                          <td className="muted" dir="auto">
                            {from ? `#${from.id} · ${recordOrigin(from)}` : ''}
                          </td>
                        </tr>
                      );
                    })}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="merged-records">
            <h3 className="panel-subheading" id="merged-records">
              Source records
            </h3>
            <div className="table-wrap">
              <table className="table merged-records">
                <thead>
                  <tr>
                    <th scope="col">Record</th>
                    <th scope="col">Name</th>
                    {RECORD_COLUMNS.map((c) => (
                      <th key={c} scope="col">
                        {fieldLabel(c)}
                      </th>
                    ))}
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {load.cluster.records.map((record) => (
                    <tr key={record.id} data-record={record.id}>
                      <td>
                        <span className="cell-nowrap">#{record.id}</span>
                        <span className="merged-origin muted" dir="auto">
                          {recordOrigin(record)}
                        </span>
                      </td>
                      <td dir="auto" className="merged-name">
                        {recordName(record)}
                      </td>
                      {RECORD_COLUMNS.map((c) => (
                        <td key={c} dir="auto" className="cell-nowrap">
                          {record[c] ?? ''}
                        </td>
                      ))}
                      <td className="cell-nowrap">
                        {load.cluster.records.length < 2 ? null : confirming === record.id ? (
                          <span className="merged-confirm">
                            <button
                              type="button"
                              className="button button-small button-danger"
                              disabled={busy}
                              onClick={() => void unmerge(record)}
                            >
                              Confirm unmerge
                            </button>
                            <button
                              type="button"
                              className="button button-small"
                              disabled={busy}
                              onClick={() => setConfirming(null)}
                            >
                              Keep
                            </button>
                          </span>
                        ) : (
                          <button
                            type="button"
                            className="button button-small"
                            aria-label={`Unmerge record #${record.id}`}
                            disabled={busy}
                            onClick={() => {
                              setNotice(null);
                              setConfirming(record.id);
                            }}
                          >
                            Unmerge this record
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <SurvivorshipForm
            key={`${load.cluster.personId}-${load.cluster.policy.rule}-${load.cluster.policy.sourcePriority.join('|')}`}
            cluster={load.cluster}
            onSaved={() => {
              setNotice('Policy saved. The values above follow it now.');
              setVersion((v) => v + 1);
              onChanged();
            }}
          />
        </>
      ) : null}
    </div>
  );
}
