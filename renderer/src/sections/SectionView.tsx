import type { VaultSummary } from '../../../shared/domain';
import { AuditSection } from './AuditSection';
import { PeopleSection } from './PeopleSection';
import { PLANNED_PURPOSES, PlannedSection } from './PlannedSection';
import { sectionLabel, type SectionId } from './sections';

export function SectionView({
  section,
  summary,
}: {
  section: SectionId;
  summary: VaultSummary;
}): React.JSX.Element {
  switch (section) {
    case 'people':
      return <PeopleSection count={summary.counts.people} />;
    case 'audit':
      return <AuditSection />;
    default:
      return <PlannedSection title={sectionLabel(section)} purpose={PLANNED_PURPOSES[section]} />;
  }
}
