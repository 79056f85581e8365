import { ExportsWorkspace } from '../exports/ExportsWorkspace';
import type { FoundPeople } from '../people/searchSummary';
import { SectionHeading } from './SectionHeading';

/** Where everyone stands, what leaves the machine for partners, and who has boarded. */
export function ExportsSection({ search = null }: { search?: FoundPeople | null }): React.JSX.Element {
  return (
    <section className="section section-wide">
      <SectionHeading title="Exports" />
      <p className="section-meta">
        Crisis status, evacuation manifests, contact lists and figures for partners. Every file is sealed
        unless you choose otherwise, cut to what its partner needs, and recorded in the audit trail.
      </p>
      <ExportsWorkspace search={search} />
    </section>
  );
}
