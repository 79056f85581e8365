import { MapWorkspace } from '../map/MapWorkspace';
import { SectionHeading } from './SectionHeading';

/** Where people are, the crisis areas and who is inside them, on a map that works offline. */
export function MapSection(): React.JSX.Element {
  return (
    <section className="section section-map">
      <SectionHeading title="Map" />
      <MapWorkspace />
    </section>
  );
}
