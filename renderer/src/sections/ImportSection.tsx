import { ImportHistory } from '../import/ImportHistory';
import { ImportWizard } from '../import/ImportWizard';
import { useImportHistory } from '../import/useImportHistory';
import { SectionHeading } from './SectionHeading';

/** Bring registration files and rosters into the vault, and review or undo earlier imports. */
export function ImportSection({ onVaultChanged }: { onVaultChanged?: () => void }): React.JSX.Element {
  const history = useImportHistory();
  return (
    <section className="section section-wide">
      <SectionHeading title="Import" />
      <p className="section-meta">
        Registration files and employers’ rosters (CSV, TSV, Excel or JSON). Every row is checked before it
        enters the vault, and every import can be undone.
      </p>
      <ImportWizard
        recentSources={history.recentSources}
        onImported={() => {
          history.reload();
          onVaultChanged?.();
        }}
      />
      <ImportHistory
        batches={history.batches}
        loadError={history.error}
        onUndone={(batch) => {
          history.replace(batch);
          onVaultChanged?.();
        }}
      />
    </section>
  );
}
