import { DuplicatesWorkspace } from '../duplicates/DuplicatesWorkspace';
import { SectionHeading } from './SectionHeading';

interface DuplicatesSectionProps {
  /** Records in the vault; with none there is nothing to compare. */
  count: number;
  onImport?: () => void;
  onVaultChanged?: () => void;
}

/** Find people registered more than once, decide the doubtful pairs, and inspect merged persons. */
export function DuplicatesSection({
  count,
  onImport,
  onVaultChanged,
}: DuplicatesSectionProps): React.JSX.Element {
  return (
    <section className="section section-wide">
      <SectionHeading title="Duplicates" />
      <p className="section-meta">
        People registered more than once — across files, spellings and transliterations — found, scored and
        merged after review. Every decision and unmerge is recorded in the audit trail.
      </p>
      {count === 0 ? (
        <div className="empty-state">
          <p className="empty-state-title">
            No vault people yet: import registrations or rosters, then look for duplicates.
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
        <DuplicatesWorkspace {...(onVaultChanged ? { onVaultChanged } : {})} />
      )}
    </section>
  );
}
