// How a merged person's shown values are picked among its records. The policy is the vault's,
// not one person's, so the form says so before it is saved.
import { useId, useState } from 'react';
import type { ClusterView, SurvivorshipPolicy } from '../../../shared/match';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { describeMatchError } from './matchErrors';
import { SourcePriorityList } from './SourcePriorityList';

type Rule = SurvivorshipPolicy['rule'];

const RULES: { value: Rule; label: string; hint: string }[] = [
  { value: 'most_recent', label: 'Most recent', hint: 'The value of the record updated last.' },
  {
    value: 'most_complete',
    label: 'Most complete',
    hint: 'The value of the record with the most fields filled.',
  },
  {
    value: 'source_priority',
    label: 'Source priority',
    hint: 'The value of the most trusted source that has one.',
  },
];

/** The saved order first, then sources this person has that the order does not name yet. */
export function prioritySources(policy: ClusterView['policy'], records: ClusterView['records']): string[] {
  const seen = new Set(policy.sourcePriority);
  const extra = records
    .map((r) => r.source)
    .filter((s): s is string => s !== null && s !== '' && !seen.has(s))
    .filter((s, i, all) => all.indexOf(s) === i);
  return [...policy.sourcePriority, ...extra];
}

interface SurvivorshipFormProps {
  cluster: ClusterView;
  onSaved(): void;
}

export function SurvivorshipForm({ cluster, onSaved }: SurvivorshipFormProps): React.JSX.Element {
  const name = useId();
  const [rule, setRule] = useState<Rule>(cluster.policy.rule);
  const [order, setOrder] = useState<string[]>(() => prioritySources(cluster.policy, cluster.records));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changed =
    rule !== cluster.policy.rule || order.join('\u0000') !== cluster.policy.sourcePriority.join('\u0000');

  async function save(): Promise<void> {
    setSaving(true);
    setError(null);
    try {
      await call('match.setSurvivorship', { policy: { rule, sourcePriority: order } });
      onSaved();
    } catch (err) {
      setError(`The policy was not saved. ${describeMatchError(err)}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <fieldset className="survivorship">
      <legend className="panel-subheading">Which value a merged person shows</legend>
      <div className="survivorship-rules">
        {RULES.map((r) => (
          <label key={r.value} className="radio-option">
            <input
              type="radio"
              name={name}
              value={r.value}
              checked={rule === r.value}
              onChange={() => setRule(r.value)}
              disabled={saving}
            />
            <span>
              <span className="radio-label">{r.label}</span>
              <span className="field-hint">{r.hint}</span>
            </span>
          </label>
        ))}
      </div>
      {rule === 'source_priority' || order.length > 1 ? (
        <div className="survivorship-order">
          <p className="field-label">
            {rule === 'source_priority'
              ? 'Sources, most trusted first'
              : 'Sources, most trusted first (breaks ties)'}
          </p>
          {order.length === 0 ? (
            <p className="muted">These records have no named source.</p>
          ) : (
            <SourcePriorityList sources={order} onChange={setOrder} disabled={saving} />
          )}
        </div>
      ) : null}
      <ErrorAlert message={error} />
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={!changed || saving}
          onClick={() => void save()}
        >
          {saving ? 'Saving…' : 'Save policy'}
        </button>
        <span className="muted">Applies to every merged person in this vault.</span>
      </div>
    </fieldset>
  );
}
