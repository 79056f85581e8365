import { SectionHeading } from './SectionHeading';

export function PeopleSection({ count }: { count: number }): React.JSX.Element {
  return (
    <section className="section">
      <SectionHeading title="People" />
      <p className="section-meta">
        {count === 1 ? '1 person in this vault' : `${count.toLocaleString()} people in this vault`}
      </p>
      {count === 0 ? (
        <div className="empty-state">
          <p className="empty-state-title">
            No people yet. Import a registration file or an employer roster to begin.
          </p>
        </div>
      ) : (
        <div className="empty-state">
          <p className="empty-state-title">
            Browsing and searching people is not available yet in this version.
          </p>
          <p className="muted">
            The people are safe in the vault; the command line can report on them meanwhile.
          </p>
        </div>
      )}
    </section>
  );
}
