// Two records side by side, field by field: what each says, whether they differ, how the
// comparison was judged and what it weighed.
import type { MatchRecord, PairDetail, ReviewPair } from '../../../shared/match';
import {
  decisionLabel,
  formatLikelihood,
  formatWeight,
  matchFieldLabel,
  recordName,
  recordOrigin,
} from './format';
import { differenceWords, valueDifference } from './valueDifference';
import { WeightBar } from './WeightBar';

interface PairComparisonProps {
  pair: ReviewPair;
  /** The full records, once read; the explanation alone is enough to start reading. */
  detail: PairDetail | null;
  onOpenPerson?(recordId: number): void;
}

const BAND_LABELS: Record<ReviewPair['band'], string> = {
  auto_link: 'auto-link band',
  review: 'review band',
  distinct: 'distinct band',
};

// Fields the score does not use but that help a human decide (same flat? same household?).
const CONTEXT_FIELDS = [
  ['address', 'Address'],
  ['household_key', 'Household'],
] as const satisfies readonly (readonly [keyof MatchRecord, string])[];

function RecordHeading({
  side,
  id,
  record,
  onOpenPerson,
}: {
  side: string;
  id: number;
  record: MatchRecord | null;
  onOpenPerson: ((recordId: number) => void) | undefined;
}): React.JSX.Element {
  return (
    <th scope="col" className="pair-record-head">
      <span className="pair-side">{side}</span>
      <span className="pair-record-name" dir="auto">
        {record ? recordName(record) : `Record #${id}`}
      </span>
      <span className="pair-record-origin" dir="auto">
        {record ? recordOrigin(record) : 'Reading…'}
      </span>
      {record && onOpenPerson ? (
        <button type="button" className="link-button" onClick={() => onOpenPerson(record.id)}>
          Open person of the {side.toLowerCase()} record
        </button>
      ) : null}
    </th>
  );
}

export function PairComparison({ pair, detail, onOpenPerson }: PairComparisonProps): React.JSX.Element {
  return (
    <div className="pair">
      <p className="pair-score">
        <span className="pair-weight">Match weight {formatWeight(pair.weight)}</span>
        <span>{formatLikelihood(pair.probability)} likely the same person</span>
        <span className={`band-tag band-tag-${pair.band}`}>{BAND_LABELS[pair.band]}</span>
        {pair.decision !== null ? (
          <span className="decision-tag" data-decision={pair.decision}>
            Decided: {decisionLabel(pair.decision)}
          </span>
        ) : null}
        {detail?.samePerson ? <span className="muted">Already one person</span> : null}
      </p>
      <div className="table-wrap">
        <table className="table pair-table">
          <caption className="visually-hidden">The two records compared field by field</caption>
          <colgroup>
            <col className="pair-col-field" />
            <col className="pair-col-value" />
            <col className="pair-col-value" />
            <col className="pair-col-why" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <RecordHeading
                side="Left"
                id={pair.leftId}
                record={detail?.left ?? null}
                onOpenPerson={onOpenPerson}
              />
              <RecordHeading
                side="Right"
                id={pair.rightId}
                record={detail?.right ?? null}
                onOpenPerson={onOpenPerson}
              />
              <th scope="col">How they compare</th>
            </tr>
          </thead>
          <tbody>
            {pair.fields.map((f) => {
              const difference = valueDifference(f.left, f.right);
              return (
                <tr key={f.field} className={`pair-row is-${difference}`} data-field={f.field}>
                  <th scope="row">
                    {matchFieldLabel(f.field)}
                    <span className="visually-hidden">, {differenceWords(difference)}</span>
                  </th>
                  <td dir="auto" className="pair-value">
                    {f.left ?? <span className="muted">—</span>}
                  </td>
                  <td dir="auto" className="pair-value">
                    {f.right ?? <span className="muted">—</span>}
                  </td>
                  <td className="pair-why">
                    <WeightBar weight={f.weight} />
                    <span className="pair-level">
                      {f.level}
                      {f.tfAdjusted ? <span className="muted"> · adjusted for how common</span> : null}
                    </span>
                  </td>
                </tr>
              );
            })}
            {detail
              ? CONTEXT_FIELDS.map(([field, label]) => {
                  const left = detail.left[field];
                  const right = detail.right[field];
                  const difference = valueDifference(
                    left === null ? null : String(left),
                    right === null ? null : String(right),
                  );
                  if (difference === 'both_missing') return null;
                  return (
                    <tr
                      key={field}
                      className={`pair-row pair-row-context is-${difference}`}
                      data-field={field}
                    >
                      <th scope="row">
                        {label}
                        <span className="visually-hidden">, {differenceWords(difference)}</span>
                      </th>
                      <td dir="auto" className="pair-value">
                        {left ?? <span className="muted">—</span>}
                      </td>
                      <td dir="auto" className="pair-value">
                        {right ?? <span className="muted">—</span>}
                      </td>
                      <td className="pair-why muted">Not scored</td>
                    </tr>
                  );
                })
              : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}
