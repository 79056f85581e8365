import { useEffect, useRef, useState } from 'react';
import type { PersonDetail } from '../../../shared/people';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { describeError } from '../errorMessages';
import { MergedRecordsNote } from '../duplicates/MergedRecordsNote';
import { formatWhen } from '../import/format';
import { fieldLabel, PERSON_FIELDS } from './fieldLabels';
import { PersonEditForm } from './PersonEditForm';
import { PLACED_BY_HAND } from './placement';
import { PlaceOnMapForm } from './PlaceOnMapForm';

interface PersonDetailPanelProps {
  id: number;
  onClose(): void;
  /** Open another person (a household member). */
  onOpenPerson(id: number): void;
  /** The record changed: rows in the table may need reading again. */
  onChanged(): void;
}

type Load =
  { state: 'loading' } | { state: 'ready'; detail: PersonDetail } | { state: 'failed'; error: string };

// Shown as words of their own, right to left when they are written so.
const NAME_FIELDS = new Set([
  'given_names',
  'surname',
  'full_name',
  'address',
  'city',
  'admin1',
  'employer',
  'emergency_contact_name',
]);

function text(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

function displayName(person: PersonDetail['person']): string {
  const joined = [text(person.given_names), text(person.surname)].filter(Boolean).join(' ');
  return joined || text(person.full_name) || 'Unnamed person';
}

function Fields({ detail }: { detail: PersonDetail }): React.JSX.Element {
  const shown = PERSON_FIELDS.filter((f) => text(detail.person[f]) !== '');
  return (
    <dl className="detail-fields">
      {shown.map((field) => (
        <div key={field} className="detail-field">
          <dt>{fieldLabel(field)}</dt>
          <dd dir={NAME_FIELDS.has(field) ? 'auto' : undefined}>{text(detail.person[field])}</dd>
        </div>
      ))}
      {detail.geocode ? (
        <div className="detail-field">
          <dt>Placed at</dt>
          <dd dir="auto">
            {detail.geocode.place}{' '}
            <span className="muted">({Math.round(detail.geocode.confidence * 100)}% sure)</span>
          </dd>
        </div>
      ) : text(detail.person.geocode_place) === PLACED_BY_HAND ? (
        <div className="detail-field">
          <dt>Placed at</dt>
          <dd>By hand, by an officer</dd>
        </div>
      ) : null}
    </dl>
  );
}

function isUnplaced(person: PersonDetail['person']): boolean {
  return person.lat === null || person.lat === undefined || person.lon === null || person.lon === undefined;
}

function Provenance({ detail }: { detail: PersonDetail }): React.JSX.Element {
  if (detail.provenance.length === 0) return <p className="muted">Entered by hand.</p>;
  return (
    <ul className="provenance-list">
      {detail.provenance.map((p, index) => (
        <li key={`${p.batchId ?? 'x'}-${p.row ?? index}-${index}`} className="provenance">
          <p>
            <strong dir="auto">{p.source}</strong>
            {p.fileName ? (
              <>
                {' · '}
                <span dir="auto">{p.fileName}</span>
              </>
            ) : null}
            {p.row !== null ? ` · row ${p.row}` : ''}
            {p.batchId !== null ? ` · import #${p.batchId}` : ''}
          </p>
          {Object.keys(p.original).length > 0 ? (
            <details>
              <summary>As written in the file</summary>
              <dl className="detail-fields detail-fields-compact">
                {Object.entries(p.original).map(([field, value]) => (
                  <div key={field} className="detail-field">
                    <dt>{fieldLabel(field)}</dt>
                    <dd dir="auto">{value}</dd>
                  </div>
                ))}
              </dl>
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function History({ detail }: { detail: PersonDetail }): React.JSX.Element {
  if (detail.history.length === 0) return <p className="muted">No change since the record was created.</p>;
  return (
    <ol className="history-list">
      {detail.history.map((h, index) => (
        <li key={`${h.at}-${h.field}-${index}`}>
          <p>
            <time dateTime={h.at}>{formatWhen(h.at)}</time> · <span dir="auto">{h.operator}</span>
            {h.batchId !== null ? ` · import #${h.batchId}` : ''}
          </p>
          <p>
            {fieldLabel(h.field)}:{' '}
            <span dir="auto" className="history-before">
              {h.before ?? '(empty)'}
            </span>{' '}
            →{' '}
            <span dir="auto" className="history-after">
              {h.after ?? '(empty)'}
            </span>
          </p>
        </li>
      ))}
    </ol>
  );
}

/** Everything known about one person: fields, where each record came from, what changed, who they live with. */
export function PersonDetailPanel({
  id,
  onClose,
  onOpenPerson,
  onChanged,
}: PersonDetailPanelProps): React.JSX.Element {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    call('people.get', { id }).then(
      (detail) => {
        if (current) setLoad({ state: 'ready', detail });
      },
      (err: unknown) => {
        if (current)
          setLoad({ state: 'failed', error: `This person could not be read. ${describeError(err)}` });
      },
    );
    return () => {
      current = false;
    };
  }, [id]);

  useEffect(() => {
    if (load.state === 'ready') heading.current?.focus();
  }, [load.state, id]);

  const household = load.state === 'ready' ? load.detail.household.filter((m) => m.id !== id) : [];
  return (
    <aside
      className="person-panel"
      aria-label="Person details"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !editing) onClose();
      }}
    >
      <div className="person-panel-head">
        <h2 className="subsection-title" ref={heading} tabIndex={-1} dir="auto">
          {load.state === 'ready' ? displayName(load.detail.person) : 'Person'}
        </h2>
        <button type="button" className="button button-quiet" onClick={onClose} aria-label="Close details">
          Close
        </button>
      </div>
      {load.state === 'loading' ? <p className="muted">Loading…</p> : null}
      {load.state === 'failed' ? <ErrorAlert message={load.error} /> : null}
      {load.state === 'ready' ? (
        <>
          {saved !== null ? (
            <div className="alert alert-success" role="status">
              {saved}
            </div>
          ) : null}
          {editing ? (
            <PersonEditForm
              id={id}
              detail={load.detail}
              onCancel={() => setEditing(false)}
              onSaved={(detail) => {
                setLoad({ state: 'ready', detail });
                setEditing(false);
                setSaved('Changes saved and recorded in the history.');
                onChanged();
              }}
            />
          ) : (
            <>
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setSaved(null);
                    setEditing(true);
                  }}
                >
                  Edit
                </button>
              </div>
              <Fields detail={load.detail} />
              {isUnplaced(load.detail.person) ? (
                <PlaceOnMapForm
                  id={id}
                  onPlaced={(detail) => {
                    setLoad({ state: 'ready', detail });
                    setSaved('Point saved and recorded in the history.');
                    onChanged();
                  }}
                />
              ) : null}
            </>
          )}
          <section aria-labelledby="person-household">
            <h3 className="panel-subheading" id="person-household">
              Household
            </h3>
            {household.length === 0 ? (
              <p className="muted">No other household member is known.</p>
            ) : (
              <ul className="household-list">
                {household.map((m) => (
                  <li key={m.id}>
                    <button type="button" className="link-button" onClick={() => onOpenPerson(m.id)}>
                      <span dir="auto">
                        {[m.given_names, m.surname].filter(Boolean).join(' ') || 'Unnamed person'}
                      </span>
                    </button>
                    <span className="muted">{m.date_of_birth ? ` · born ${m.date_of_birth}` : ''}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <MergedRecordsNote id={id} onChanged={onChanged} />
          <section aria-labelledby="person-sources">
            <h3 className="panel-subheading" id="person-sources">
              Source records
            </h3>
            <Provenance detail={load.detail} />
          </section>
          <section aria-labelledby="person-history">
            <h3 className="panel-subheading" id="person-history">
              Change history
            </h3>
            <History detail={load.detail} />
          </section>
        </>
      ) : null}
    </aside>
  );
}
