// Where everyone stands: counts by status overall, per crisis area, and among the vulnerable.
import type { StatusDashboard } from '../../../shared/exports';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatCount } from '../import/format';
import { StackedStatusBar } from './StackedStatusBar';
import { StatusBars } from './StatusBars';
import { StatusLegend } from './StatusLegend';
import { countsTotal } from './statusLabels';

const VULNERABLE: { key: keyof StatusDashboard['vulnerable']; label: string }[] = [
  { key: 'specialNeeds', label: 'Special needs' },
  { key: 'children', label: 'Children (under 18)' },
  { key: 'elderly', label: 'Elderly (60 and over)' },
];

interface CrisisDashboardProps {
  dashboard: StatusDashboard | null;
  error: string | null;
  onRefresh(): void;
}

export function CrisisDashboard({ dashboard, error, onRefresh }: CrisisDashboardProps): React.JSX.Element {
  if (dashboard === null)
    return error ? <ErrorAlert message={error} /> : <p className="muted">Counting people by status…</p>;
  const everyone = countsTotal(dashboard.total);
  const areaScale = Math.max(0, ...dashboard.areas.map((a) => countsTotal(a.counts)));
  const vulnerableScale = Math.max(0, ...VULNERABLE.map((v) => countsTotal(dashboard.vulnerable[v.key])));
  return (
    <div className="dashboard">
      <ErrorAlert message={error} />
      <div className="dashboard-top">
        <p className="dashboard-everyone">
          <span className="dashboard-everyone-number cell-numbers" data-count="everyone">
            {formatCount(everyone)}
          </span>{' '}
          people in the vault
        </p>
        <StatusLegend />
        <button type="button" className="button button-small" onClick={onRefresh}>
          Refresh
        </button>
      </div>
      <section className="dashboard-panel" aria-labelledby="dashboard-total">
        <h2 className="subsection-title" id="dashboard-total">
          By status
        </h2>
        <StatusBars counts={dashboard.total} label="Everyone by status" />
      </section>
      <section className="dashboard-panel" aria-labelledby="dashboard-vulnerable">
        <h2 className="subsection-title" id="dashboard-vulnerable">
          Vulnerable people
        </h2>
        <ul className="stacked-chart" aria-label="Vulnerable people by status">
          {VULNERABLE.map((v) => (
            <StackedStatusBar
              key={v.key}
              name={v.label}
              counts={dashboard.vulnerable[v.key]}
              scale={vulnerableScale}
            />
          ))}
        </ul>
      </section>
      <section className="dashboard-panel dashboard-areas" aria-labelledby="dashboard-areas">
        <h2 className="subsection-title" id="dashboard-areas">
          By crisis area
        </h2>
        {dashboard.areas.length === 0 ? (
          <p className="muted">No crisis area yet: draw or import one on the Map.</p>
        ) : (
          <ul className="stacked-chart" aria-label="Crisis areas by status">
            {dashboard.areas.map((a) => (
              <StackedStatusBar key={a.areaId} name={a.name} counts={a.counts} scale={areaScale} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
