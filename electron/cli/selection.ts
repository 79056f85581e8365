// Who a command acts on: the people inside a crisis area (--area), or everyone a People search finds
// (--query and the People filters), as the app's People workspace offers. One or the other, never
// both: a typo in an area name must not silently widen the selection to a search.
import type { Selection } from '../../shared/exports';
import type { PeopleFilters } from '../../shared/people';
import type { EngineCall } from './context';
import { resolveArea } from './commands/area';
import { UsageError } from './usage';

export const SELECTION_OPTIONS = {
  query: { type: 'string' },
  nationality: { type: 'string' },
  city: { type: 'string' },
  source: { type: 'string' },
  sex: { type: 'string' },
  'special-needs': { type: 'boolean' },
} as const;

export interface SelectionValues {
  area?: string | undefined;
  query?: string | undefined;
  nationality?: string | undefined;
  city?: string | undefined;
  source?: string | undefined;
  sex?: string | undefined;
  'special-needs'?: boolean | undefined;
}

function searchOf(values: SelectionValues): { query?: string; filters: PeopleFilters } | null {
  const filters: PeopleFilters = {};
  if (values.nationality !== undefined) filters.nationality = values.nationality.trim().toUpperCase();
  if (values.city !== undefined) filters.city = values.city;
  if (values.source !== undefined) filters.source = values.source;
  if (values.sex !== undefined) {
    const sex = values.sex.trim().toUpperCase();
    if (sex !== 'F' && sex !== 'M' && sex !== 'X') throw new UsageError('--sex is one of F, M, X.');
    filters.sex = sex;
  }
  if (values['special-needs'] === true) filters.specialNeeds = true;
  const query = values.query?.trim();
  if (!query && Object.keys(filters).length === 0) return null;
  return { ...(query ? { query } : {}), filters };
}

export function hasSearch(values: SelectionValues): boolean {
  return searchOf(values) !== null;
}

/** Checked before the vault is opened, so a usage error costs nothing. */
export function checkSelection(values: SelectionValues): void {
  const search = searchOf(values);
  if (values.area !== undefined && search !== null)
    throw new UsageError('Choose people either with --area or with --query and filters, not both.');
  if (values.area === undefined && search === null)
    throw new UsageError(
      'Say who: --area <name or number>, or --query <text> and/or --nationality, --city, --source, --sex, --special-needs.',
    );
}

export async function selectionOf(call: EngineCall, values: SelectionValues): Promise<Selection> {
  checkSelection(values);
  if (values.area !== undefined) return { areaId: (await resolveArea(call, values.area)).id };
  return { search: searchOf(values)! };
}
