// Check-in mode: choose who is boarding (the people of a crisis area, or those an assembly point
// gathers), then mark them at the door.
import { useId, useState } from 'react';
import type { AssemblyPoint, CrisisArea } from '../../../shared/areas';
import type { RosterSelection } from '../../../shared/exports';
import { CheckInDesk } from './CheckInDesk';

interface CheckInPanelProps {
  areas: CrisisArea[];
  points: AssemblyPoint[];
}

/** Select values: "area:3" or "point:2". */
function parseChoice(value: string): RosterSelection | null {
  const [kind, id] = value.split(':');
  if (!id) return null;
  return kind === 'point' ? { assemblyPointId: Number(id) } : { areaId: Number(id) };
}

export function CheckInPanel({ areas, points }: CheckInPanelProps): React.JSX.Element {
  const ids = useId();
  const first = areas[0] ? `area:${areas[0].id}` : points[0] ? `point:${points[0].id}` : '';
  const [choice, setChoice] = useState(first);
  const selection = parseChoice(choice);

  if (first === '') {
    return (
      <p className="muted">
        No crisis area or assembly point yet: add one on the Map, then check people in here.
      </p>
    );
  }
  return (
    <div className="checkin">
      <div className="field checkin-choice">
        <label htmlFor={`${ids}-who`}>Who is boarding</label>
        <select
          id={`${ids}-who`}
          className="select"
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
        >
          {areas.length > 0 ? (
            <optgroup label="People inside a crisis area">
              {areas.map((a) => (
                <option key={a.id} value={`area:${a.id}`}>
                  {a.name}
                </option>
              ))}
            </optgroup>
          ) : null}
          {points.length > 0 ? (
            <optgroup label="People gathered at an assembly point">
              {points.map((p) => (
                <option key={p.id} value={`point:${p.id}`}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </div>
      {selection ? <CheckInDesk key={choice} selection={selection} /> : null}
    </div>
  );
}
