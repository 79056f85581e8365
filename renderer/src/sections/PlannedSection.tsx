import { SectionHeading } from './SectionHeading';

interface PlannedSectionProps {
  title: string;
  /** What the section will do, in one or two sentences. */
  purpose: string;
}

/** A section that is part of Muster's plan but not of this version: it says so plainly. */
export function PlannedSection({ title, purpose }: PlannedSectionProps): React.JSX.Element {
  return (
    <section className="section">
      <SectionHeading title={title} />
      <div className="empty-state">
        <p className="empty-state-title">{purpose}</p>
        <p className="muted">This section is not available yet in this version.</p>
      </div>
    </section>
  );
}

export const PLANNED_PURPOSES = {
  import:
    'Import will bring in registration files and employers’ rosters (CSV or Excel), match their columns to Muster’s fields and check every row before it enters the vault.',
  duplicates:
    'Duplicates will find people registered more than once — across files, spellings and transliterations — and let you merge them after review.',
  map: 'Map will show where people are on an offline map, and count who is inside an affected area you draw.',
  exports:
    'Exports will produce evacuation lists and reports for partners, each export recorded in the audit trail.',
} as const;
