import { useEffect, useId, useState } from 'react';
import type { PeopleFacets, PeopleFilters } from '../../../shared/people';
import { call } from '../api';

interface PeopleFiltersBarProps {
  filters: PeopleFilters;
  onChange(filters: PeopleFilters): void;
}

type Option = { value: string; label: string };

export const SEX: Option[] = [
  { value: 'F', label: 'Female' },
  { value: 'M', label: 'Male' },
  { value: 'X', label: 'Other / unspecified' },
];
export const AGE: Option[] = [
  { value: '0-17', label: 'Under 18' },
  { value: '18-59', label: '18 to 59' },
  { value: '60+', label: '60 and over' },
  { value: 'unknown', label: 'Age unknown' },
];
const YES_NO: Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

function FilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly Option[];
  onChange(value: string): void;
}): React.JSX.Element {
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function yesNo(value: boolean | undefined): string {
  return value === undefined ? '' : value ? 'yes' : 'no';
}
function fromYesNo(value: string): boolean | undefined {
  return value === '' ? undefined : value === 'yes';
}

/** Narrows the table by source, place, nationality, sex, age, needs and whether a person is on the map. */
export function PeopleFiltersBar({ filters, onChange }: PeopleFiltersBarProps): React.JSX.Element {
  const [facets, setFacets] = useState<PeopleFacets>({ sources: [], cities: [], nationalities: [] });

  useEffect(() => {
    let current = true;
    // Without facets the lists are empty; the other filters still work.
    call('people.facets', {}).then(
      (f) => {
        if (current) setFacets(f);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  function set<K extends keyof PeopleFilters>(name: K, value: PeopleFilters[K] | undefined): void {
    const next: PeopleFilters = { ...filters };
    if (value === undefined) delete next[name];
    else next[name] = value;
    onChange(next);
  }

  const active = Object.keys(filters).length;
  const plain = (list: string[]): Option[] => list.map((v) => ({ value: v, label: v }));
  return (
    <fieldset className="filters">
      <legend className="visually-hidden">Filters</legend>
      <FilterSelect
        label="Source"
        value={filters.source ?? ''}
        options={plain(facets.sources)}
        onChange={(v) => set('source', v || undefined)}
      />
      <FilterSelect
        label="City"
        value={filters.city ?? ''}
        options={plain(facets.cities)}
        onChange={(v) => set('city', v || undefined)}
      />
      <FilterSelect
        label="Nationality"
        value={filters.nationality ?? ''}
        options={plain(facets.nationalities)}
        onChange={(v) => set('nationality', v || undefined)}
      />
      <FilterSelect
        label="Sex"
        value={filters.sex ?? ''}
        options={SEX}
        onChange={(v) => set('sex', SEX.some((o) => o.value === v) ? (v as PeopleFilters['sex']) : undefined)}
      />
      <FilterSelect
        label="Age"
        value={filters.ageBand ?? ''}
        options={AGE}
        onChange={(v) =>
          set('ageBand', AGE.some((o) => o.value === v) ? (v as PeopleFilters['ageBand']) : undefined)
        }
      />
      <FilterSelect
        label="Special needs"
        value={yesNo(filters.specialNeeds)}
        options={YES_NO}
        onChange={(v) => set('specialNeeds', fromYesNo(v))}
      />
      <FilterSelect
        label="On the map"
        value={yesNo(filters.hasCoordinates)}
        options={YES_NO}
        onChange={(v) => set('hasCoordinates', fromYesNo(v))}
      />
      {active > 0 ? (
        <button type="button" className="button button-quiet filters-clear" onClick={() => onChange({})}>
          Clear filters ({active})
        </button>
      ) : null}
    </fieldset>
  );
}
