// A People search in words, for the dialogs that act on everyone it finds: the officer checks what
// they are about to change before confirming, not only how many.
import type { PeopleFilters, PeopleSearch } from '../../../shared/people';
import { formatCount } from '../import/format';
import { AGE, SEX } from './PeopleFiltersBar';

function optionLabel(options: readonly { value: string; label: string }[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

const yesNo = (value: boolean): string => (value ? 'yes' : 'no');

export function peopleCount(n: number): string {
  return n === 1 ? '1 person' : `${formatCount(n)} people`;
}

/** Everyone a People search finds, and how many they are, handed to the export form. */
export interface FoundPeople {
  search: PeopleSearch;
  total: number;
}

/** Each criterion as "Name: value", in the order of the filters bar. */
export function searchCriteria(search: PeopleSearch): string[] {
  const f: PeopleFilters = search.filters;
  const out: string[] = [];
  const query = search.query?.trim() ?? '';
  if (query !== '') out.push(`Search: “${query}”`);
  if (f.source !== undefined) out.push(`Source: ${f.source}`);
  if (f.city !== undefined) out.push(`City: ${f.city}`);
  if (f.nationality !== undefined) out.push(`Nationality: ${f.nationality}`);
  if (f.sex !== undefined) out.push(`Sex: ${optionLabel(SEX, f.sex)}`);
  if (f.ageBand !== undefined) out.push(`Age: ${optionLabel(AGE, f.ageBand)}`);
  if (f.specialNeeds !== undefined) out.push(`Special needs: ${yesNo(f.specialNeeds)}`);
  if (f.hasCoordinates !== undefined) out.push(`On the map: ${yesNo(f.hasCoordinates)}`);
  return out;
}

/** No query and no filter: the search finds everyone in the vault. */
export function isEverySearch(search: PeopleSearch): boolean {
  return searchCriteria(search).length === 0;
}

/** What the engine is sent: the query only when there is one, as the People table asks. */
export function searchSelection(query: string, filters: PeopleFilters): PeopleSearch {
  const trimmed = query.trim();
  return trimmed === '' ? { filters } : { query: trimmed, filters };
}
