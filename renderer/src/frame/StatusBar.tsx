import type { VaultSummary } from '../../../shared/domain';

export function journalState(journalRecords: number): string {
  if (journalRecords === 0) return 'All changes saved';
  return journalRecords === 1
    ? '1 change journalled'
    : `${journalRecords.toLocaleString()} changes journalled`;
}

export function StatusBar({ summary }: { summary: VaultSummary }): React.JSX.Element {
  const people = summary.counts.people;
  return (
    <footer className="statusbar">
      <span>Schema version {summary.schemaVersion}</span>
      <span>{people === 1 ? '1 person' : `${people.toLocaleString()} people`}</span>
      <span title="Journalled changes are already safe on disk; they are folded into the vault file at the next full save.">
        {journalState(summary.journalRecords)}
      </span>
    </footer>
  );
}
