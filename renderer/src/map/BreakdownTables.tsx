// Who a set of people are, as counts: nationality, sex, age band, special needs, households.
import type { Breakdowns, Count } from '../../../shared/areas';

const SEX_LABELS: Record<string, string> = { M: 'Male', F: 'Female', X: 'Another', unknown: 'Not recorded' };
const AGE_LABELS: Record<string, string> = {
  '0-17': 'Under 18',
  '18-59': '18 to 59',
  '60+': '60 and over',
  unknown: 'Not recorded',
};
/** Nationalities beyond this many are summed as "Other", so the panel stays short. */
export const TOP_NATIONALITIES = 6;

function keyLabel(labels: Record<string, string>, key: string): string {
  return labels[key] ?? (key === '' ? 'Not recorded' : key);
}

function withOther(counts: readonly Count[], top: number): Count[] {
  if (counts.length <= top) return [...counts];
  const other = counts.slice(top).reduce((sum, c) => sum + c.count, 0);
  return [...counts.slice(0, top), { key: 'Other', count: other }];
}

function CountList({
  title,
  counts,
  labels,
}: {
  title: string;
  counts: readonly Count[];
  labels?: Record<string, string>;
}): React.JSX.Element {
  return (
    <div className="breakdown">
      <h4 className="breakdown-title">{title}</h4>
      {counts.length === 0 ? (
        <p className="muted">None</p>
      ) : (
        <dl className="breakdown-list">
          {counts.map((c) => (
            <div key={c.key} className="breakdown-row">
              <dt>{labels ? keyLabel(labels, c.key) : c.key || 'Not recorded'}</dt>
              <dd>{c.count.toLocaleString()}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

export function BreakdownTables({
  breakdowns,
  label,
}: {
  breakdowns: Breakdowns;
  label: string;
}): React.JSX.Element {
  const { specialNeeds, households } = breakdowns;
  return (
    <section className="breakdowns" aria-label={label}>
      <CountList title="Nationality" counts={withOther(breakdowns.nationality, TOP_NATIONALITIES)} />
      <CountList title="Sex" counts={breakdowns.sex} labels={SEX_LABELS} />
      <CountList title="Age" counts={breakdowns.ageBand} labels={AGE_LABELS} />
      <CountList
        title="Special needs"
        counts={[
          { key: 'With special needs', count: specialNeeds.withNeeds },
          { key: 'None recorded', count: specialNeeds.without },
        ]}
      />
      <CountList
        title="Households"
        counts={[
          { key: 'Households', count: households.households },
          { key: 'People without household', count: households.withoutHousehold },
        ]}
      />
    </section>
  );
}
