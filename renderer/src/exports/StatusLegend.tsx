import { PERSON_STATUSES } from '../../../shared/exports';
import { statusLabel } from './statusLabels';

export function StatusLegend(): React.JSX.Element {
  return (
    <ul className="status-legend" aria-label="Colours of the statuses">
      {PERSON_STATUSES.map((s) => (
        <li key={s}>
          <span className={`status-swatch status-${s}`} aria-hidden="true" />
          {statusLabel(s)}
        </li>
      ))}
    </ul>
  );
}
