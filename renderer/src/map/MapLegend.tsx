// What the colours of the people layer mean, and the choice between them.
import { useId } from 'react';
import type { MapStatus } from '../../../shared/areas';
import type { ColourBy } from './peopleLayer';
import { STATUS_LABELS } from './mapColours';

const STATUSES: readonly MapStatus[] = ['evacuate', 'shelter', 'watch', 'outside'];

export function MapLegend({
  colourBy,
  onColourBy,
}: {
  colourBy: ColourBy;
  onColourBy(c: ColourBy): void;
}): React.JSX.Element {
  const selectId = useId();
  return (
    <div className="map-legend">
      <label htmlFor={selectId} className="field-label">
        Colour people by
      </label>
      <select
        id={selectId}
        className="select"
        value={colourBy}
        onChange={(e) => onColourBy(e.target.value as ColourBy)}
      >
        <option value="status">Status (most severe area)</option>
        <option value="vulnerability">Vulnerability</option>
      </select>
      <ul className="legend-list">
        {colourBy === 'status' ? (
          STATUSES.map((s) => (
            <li key={s}>
              <span className={`legend-dot status-${s}`} aria-hidden="true" /> {STATUS_LABELS[s]}
            </li>
          ))
        ) : (
          <>
            <li>
              <span className="legend-dot vulnerable" aria-hidden="true" /> Special needs, under 18 or 60+
            </li>
            <li>
              <span className="legend-dot not-vulnerable" aria-hidden="true" /> Others
            </li>
          </>
        )}
      </ul>
    </div>
  );
}
