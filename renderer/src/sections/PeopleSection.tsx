import { PeopleWorkspace } from '../people/PeopleWorkspace';
import type { FoundPeople } from '../people/searchSummary';
import { SectionHeading } from './SectionHeading';

interface PeopleSectionProps {
  count: number;
  /** Opens the Import section (from the empty state). */
  onImport?: () => void;
  /** Opens the export form with everyone a search finds. */
  onExportSearch?: (found: FoundPeople) => void;
}

export function PeopleSection({ count, onImport, onExportSearch }: PeopleSectionProps): React.JSX.Element {
  return (
    <section className={count === 0 ? 'section' : 'section section-wide'}>
      <SectionHeading title="People" />
      <p className="section-meta">
        {count === 1 ? '1 person in this vault' : `${count.toLocaleString()} people in this vault`}
      </p>
      {count === 0 ? (
        <div className="empty-state">
          <p className="empty-state-title">
            No people yet. Import a registration file or an employer roster to begin.
          </p>
          {onImport ? (
            <p>
              <button type="button" className="button button-primary" onClick={onImport}>
                Go to Import
              </button>
            </p>
          ) : null}
        </div>
      ) : (
        <PeopleWorkspace onExportSearch={onExportSearch} />
      )}
    </section>
  );
}
