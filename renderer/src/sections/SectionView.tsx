import type { VaultSummary } from '../../../shared/domain';
import type { FoundPeople } from '../people/searchSummary';
import { AuditSection } from './AuditSection';
import { DuplicatesSection } from './DuplicatesSection';
import { ExportsSection } from './ExportsSection';
import { ImportSection } from './ImportSection';
import { MapSection } from './MapSection';
import { PeopleSection } from './PeopleSection';
import type { SectionId } from './sections';

export function SectionView({
  section,
  summary,
  onNavigate,
  onVaultChanged,
  exportSearch = null,
  onExportSearch,
}: {
  section: SectionId;
  summary: VaultSummary;
  onNavigate?: (id: SectionId) => void;
  /** Something in the vault changed (an import, an undo): counts should be read again. */
  onVaultChanged?: () => void;
  /** People a search found, to export: the Exports section opens on its form with them chosen. */
  exportSearch?: FoundPeople | null;
  onExportSearch?: (found: FoundPeople) => void;
}): React.JSX.Element {
  switch (section) {
    case 'people':
      return (
        <PeopleSection
          count={summary.counts.people}
          {...(onNavigate ? { onImport: () => onNavigate('import') } : {})}
          {...(onExportSearch ? { onExportSearch } : {})}
        />
      );
    case 'import':
      return <ImportSection {...(onVaultChanged ? { onVaultChanged } : {})} />;
    case 'duplicates':
      return (
        <DuplicatesSection
          count={summary.counts.people}
          {...(onNavigate ? { onImport: () => onNavigate('import') } : {})}
          {...(onVaultChanged ? { onVaultChanged } : {})}
        />
      );
    case 'map':
      return <MapSection />;
    case 'exports':
      return <ExportsSection search={exportSearch} />;
    case 'audit':
      return <AuditSection />;
  }
}
