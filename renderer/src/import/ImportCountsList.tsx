import type { ImportCounts } from '../../../shared/imports';

const COUNT_LABELS: { key: keyof ImportCounts; label: string; hint: string }[] = [
  { key: 'read', label: 'Rows read', hint: 'Data rows in the file' },
  { key: 'imported', label: 'Imported', hint: 'New records' },
  { key: 'updated', label: 'Updated', hint: 'Records of this source that changed' },
  { key: 'unchanged', label: 'Unchanged', hint: 'Already in the vault as they are' },
  { key: 'rejected', label: 'Rejected', hint: 'Not imported; see the reasons below' },
  { key: 'geocoded', label: 'Placed on the map', hint: 'Located from coordinates or address' },
  { key: 'unplaced', label: 'Not placed', hint: 'No usable location' },
];

export function ImportCountsList({ counts }: { counts: ImportCounts }): React.JSX.Element {
  return (
    <dl className="count-grid">
      {COUNT_LABELS.map(({ key, label, hint }) => (
        <div
          key={key}
          className={key === 'rejected' && counts.rejected > 0 ? 'count-tile is-warning' : 'count-tile'}
        >
          <dt>{label}</dt>
          <dd className="cell-numbers" data-count={key}>
            {counts[key].toLocaleString()}
          </dd>
          <dd className="count-hint">{hint}</dd>
        </div>
      ))}
    </dl>
  );
}
