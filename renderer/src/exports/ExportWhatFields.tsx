// What to export, about whom, and in which form: the first half of the export form.
import { useId } from 'react';
import type { CrisisArea } from '../../../shared/areas';
import type { ContactLayout, ExportKind, TableFormat } from '../../../shared/exports';
import { peopleCount, searchCriteria, type FoundPeople } from '../people/searchSummary';
import { areaChoices, ChoiceSelect, type Choice } from './ChoiceSelect';
import { KIND_LABELS, KINDS, LAYOUTS, TABLE_FORMATS } from './exportChoices';

const ALL_AREAS = { value: 'all', label: 'All crisis areas' };

export interface ExportWhat {
  kind: ExportKind;
  /** null: every area (aggregates only); 'search': the people a People search found. */
  areaId: number | 'search' | null;
  format: TableFormat;
  layout: ContactLayout;
  k: number;
}

interface ExportWhatFieldsProps {
  what: ExportWhat;
  areas: CrisisArea[];
  search?: FoundPeople | null;
  onChange(what: ExportWhat): void;
}

const SEARCH = 'search';

function whoChoices(kind: ExportKind, areas: CrisisArea[], search: FoundPeople | null): Choice<string>[] {
  // Figures are counted per crisis area: a search has no place among them.
  if (kind === 'aggregate') return [ALL_AREAS, ...areaChoices(areas)];
  const found = search ? [{ value: SEARCH, label: `People search (${peopleCount(search.total)})` }] : [];
  return [...found, ...areaChoices(areas)];
}

function whoOf(value: string): ExportWhat['areaId'] {
  if (value === ALL_AREAS.value) return null;
  return value === SEARCH ? SEARCH : Number(value);
}

export function ExportWhatFields({
  what,
  areas,
  search = null,
  onChange,
}: ExportWhatFieldsProps): React.JSX.Element {
  const ids = useId();
  const searchChosen = what.areaId === SEARCH && search !== null;
  const criteria = search ? searchCriteria(search.search) : [];
  return (
    <>
      <fieldset className="fieldset">
        <legend className="field-label">What to export</legend>
        <div className="kind-choices">
          {KINDS.map((kind) => (
            <label key={kind} className="kind-choice">
              <input
                type="radio"
                name={`${ids}-kind`}
                checked={what.kind === kind}
                onChange={() =>
                  onChange({
                    ...what,
                    kind,
                    format: 'csv',
                    areaId:
                      kind === 'aggregate'
                        ? null
                        : (what.areaId ?? (search ? SEARCH : (areas[0]?.id ?? null))),
                  })
                }
              />
              <span>
                <span className="kind-label">{KIND_LABELS[kind].label}</span>
                <span className="kind-hint">{KIND_LABELS[kind].hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${ids}-area`}>{search ? 'People' : 'Crisis area'}</label>
          <ChoiceSelect
            id={`${ids}-area`}
            choices={whoChoices(what.kind, areas, search)}
            value={what.areaId === null ? ALL_AREAS.value : String(what.areaId)}
            onChange={(id) => onChange({ ...what, areaId: whoOf(id) })}
            {...(searchChosen ? { describedBy: `${ids}-search` } : {})}
          />
        </div>
        {what.kind === 'contacts' ? (
          <div className="field">
            <label htmlFor={`${ids}-layout`}>Layout</label>
            <ChoiceSelect
              id={`${ids}-layout`}
              choices={LAYOUTS}
              value={what.layout}
              onChange={(layout) => onChange({ ...what, layout })}
            />
          </div>
        ) : (
          <div className="field">
            <label htmlFor={`${ids}-format`}>Format</label>
            <ChoiceSelect
              id={`${ids}-format`}
              choices={TABLE_FORMATS[what.kind]}
              value={what.format}
              onChange={(format) => onChange({ ...what, format })}
            />
          </div>
        )}
        {what.kind === 'aggregate' ? (
          <div className="field field-narrow">
            <label htmlFor={`${ids}-k`}>Smallest count shown</label>
            <input
              id={`${ids}-k`}
              type="number"
              min={2}
              max={100}
              value={what.k}
              aria-describedby={`${ids}-k-hint`}
              onChange={(e) => onChange({ ...what, k: Number(e.target.value) })}
            />
            <span className="field-hint" id={`${ids}-k-hint`}>
              Counts under this are hidden (k).
            </span>
          </div>
        ) : null}
      </div>
      {/* Under the row, not in its field: the selects beside it stay level. */}
      {searchChosen ? (
        <p className="field-hint" id={`${ids}-search`}>
          {criteria.length > 0
            ? `Everyone the search finds: ${criteria.join(' · ')}`
            : 'No search and no filter: everyone in the vault.'}
        </p>
      ) : null}
    </>
  );
}
