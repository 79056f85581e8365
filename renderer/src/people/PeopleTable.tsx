import type { PersonRow } from '../../../shared/people';
import type { PeoplePages } from './usePeoplePages';
import { VirtualTable } from './VirtualTable';

export const ROW_HEIGHT = 36;

// `dir`: names and places take the direction of their own script (an Arabic surname reads
// and aligns right to left); numbers stay left to right whatever surrounds them.
const COLUMNS: { label: string; dir?: 'auto' | 'ltr'; cell(row: PersonRow): string }[] = [
  { label: 'Surname', dir: 'auto', cell: (r) => r.surname ?? '' },
  { label: 'Given names', dir: 'auto', cell: (r) => r.given_names ?? '' },
  { label: 'Date of birth', cell: (r) => r.date_of_birth ?? '' },
  { label: 'Sex', cell: (r) => r.sex ?? '' },
  { label: 'Nationality', cell: (r) => r.nationality ?? '' },
  { label: 'City', dir: 'auto', cell: (r) => r.city ?? '' },
  { label: 'Phone', dir: 'ltr', cell: (r) => r.phone ?? '' },
  { label: 'Passport', cell: (r) => r.passport_no ?? '' },
  { label: 'Source', dir: 'auto', cell: (r) => r.source ?? '' },
];

interface PeopleTableProps {
  pages: PeoplePages;
  total: number;
  activeIndex: number | null;
  onActiveChange(index: number): void;
  onOpen(row: PersonRow, index: number): void;
}

/** Every person matching the search, a screenful at a time. */
export function PeopleTable({
  pages,
  total,
  activeIndex,
  onActiveChange,
  onOpen,
}: PeopleTableProps): React.JSX.Element {
  return (
    <VirtualTable
      label="People"
      className="people-grid"
      rowCount={total}
      rowHeight={ROW_HEIGHT}
      resetKey={pages.searchKey}
      activeIndex={activeIndex}
      onActiveChange={onActiveChange}
      onRangeChange={pages.showRange}
      onOpen={(index) => {
        const row = pages.row(index);
        if (row) onOpen(row, index);
      }}
      header={
        <div role="row" aria-rowindex={1} className="vt-row vt-header-row">
          {COLUMNS.map((c) => (
            <div role="columnheader" key={c.label} className="vt-cell">
              {c.label}
            </div>
          ))}
        </div>
      }
      renderRow={(index) => {
        const row = pages.row(index);
        if (!row) {
          return {
            key: `pending-${index}`,
            label: 'Loading…',
            cells: (
              <div role="gridcell" className="vt-cell vt-placeholder" aria-colspan={COLUMNS.length}>
                <span className="placeholder-bar" />
              </div>
            ),
          };
        }
        return {
          key: row.id,
          cells: COLUMNS.map((c) => (
            <div role="gridcell" key={c.label} className="vt-cell" dir={c.dir}>
              {c.cell(row)}
            </div>
          )),
        };
      }}
    />
  );
}
