// The boarding roster: the people of an area (or those an assembly point gathers) by household, in
// manifest order, with how many have boarded. The check-in desk searches it on every keystroke, so
// names are matched here against the roster only, with the same keys as the People search: each word
// typed must match a word of the name by its spelling or its consonant skeleton, the last word as a
// prefix; a passport number matches from its first four characters. A person merged from several
// records is one row (with its survivor values), found when any of its records is in the selection.
// The roster's people, their order and their name keys are kept between keystrokes while people,
// persons, areas and assembly points stay as they are; only statuses are read again on every call.
import type { RosterPerson, RosterResult, RosterSelection } from '../../../shared/exports';
import { assignToAssemblyPoints } from '../areas/assembly/assign';
import { listAssemblyPoints } from '../areas/assembly/assemblyStore';
import { areasVersion } from '../areas/areaStore';
import { peopleColumns, type PeopleColumns } from '../areas/people/peopleColumns';
import { nameKeys } from '../import/normalise/names';
import { normaliseDocumentNumber } from '../import/normalise/documents';
import { dayNumber } from '../areas/people/breakdowns';
import { groupByHousehold } from '../exports/manifest';
import { exportPeople, type ExportPerson } from '../exports/personRecords';
import { selectPeople } from '../exports/selection';
import { readSettings } from '../match/state';
import { mergedPersons, type MergedPersons } from '../people/mergedPersons';
import { currentStatuses } from './setStatus';
import type { JobContext } from '../types';
import type { Vault } from '../vault/vault';

export interface RosterRequest {
  selection: RosterSelection;
  query?: string | undefined;
  notBoardedOnly: boolean;
  offset: number;
  limit: number;
}

const MIN_SKELETON_PREFIX = 3;
const MIN_PASSPORT_PREFIX = 4;

async function rosterIds(
  vault: Vault,
  selection: RosterSelection,
  ctx?: Pick<JobContext, 'checkpoint'>,
): Promise<number[]> {
  if (!('assemblyPointId' in selection)) return (await selectPeople(vault, selection, ctx)).ids;
  const all = await assignToAssemblyPoints(
    vault,
    { areaId: selection.areaId, offset: 0, limit: Number.MAX_SAFE_INTEGER },
    ctx,
  );
  return all.assignments.filter((a) => a.pointId === selection.assemblyPointId).map((a) => a.personId);
}

interface NameWords {
  spelling: string[];
  skeleton: string[];
}

function wordsOf(p: ExportPerson): NameWords {
  const keys = nameKeys([p.given_names, p.surname, p.full_name].filter(Boolean).join(' '));
  return { spelling: keys.match.split(' '), skeleton: keys.skeleton.split(' ') };
}

/** A test for one person, built once per query. */
function matcher(query: string): ((p: ExportPerson, words: () => NameWords) => boolean) | null {
  const trimmed = query.trim();
  if (trimmed.length === 0) return null;
  const typing = !/\s$/u.test(query);
  const words = nameKeys(trimmed)
    .match.split(' ')
    .filter((w) => w.length > 0 && w !== 'al' && w !== 'bin');
  const terms = words.map((word, i) => ({
    word,
    skeleton: nameKeys(word).skeleton,
    prefix: typing && i === words.length - 1,
  }));
  const passport = normaliseDocumentNumber(trimmed, 'passport');
  const document =
    passport.ok && passport.value && passport.value.length >= MIN_PASSPORT_PREFIX ? passport.value : null;
  const hasLetters = /\p{L}/u.test(trimmed);
  return (p, words) => {
    if (document !== null && p.passport_no?.toUpperCase().startsWith(document)) return true;
    if (!hasLetters || terms.length === 0) return false;
    const name = words();
    return terms.every(
      (t) =>
        name.spelling.some((w) => (t.prefix ? w.startsWith(t.word) : w === t.word)) ||
        (t.skeleton.length >= 2 &&
          name.skeleton.some((s) =>
            t.prefix
              ? t.skeleton.length >= MIN_SKELETON_PREFIX && s.startsWith(t.skeleton)
              : s === t.skeleton,
          )),
    );
  };
}

interface RosterBase {
  columns: PeopleColumns;
  merged: MergedPersons;
  key: string;
  /** In manifest order, each with its household's group number. */
  rows: { person: ExportPerson; group: number }[];
  ids: number[];
  /** Name keys, worked out the first time a search reads them. */
  words: (NameWords | undefined)[];
}

const bases = new WeakMap<Vault, RosterBase>();

function baseKey(vault: Vault, selection: RosterSelection, today: Date): string {
  const points = 'assemblyPointId' in selection ? JSON.stringify(listAssemblyPoints(vault)) : '';
  const policy = JSON.stringify(readSettings(vault.db).survivorship);
  return `${JSON.stringify(selection)}|${dayNumber(today)}|${areasVersion(vault)}|${points}|${policy}`;
}

async function rosterBase(
  vault: Vault,
  selection: RosterSelection,
  today: Date,
  ctx?: Pick<JobContext, 'checkpoint'>,
): Promise<RosterBase> {
  const columns = peopleColumns(vault);
  const merged = mergedPersons(vault);
  const key = baseKey(vault, selection, today);
  const cached = bases.get(vault);
  if (cached && cached.columns === columns && cached.merged === merged && cached.key === key) return cached;
  const people = exportPeople(vault, await rosterIds(vault, selection, ctx));
  const rows = groupByHousehold(people, today).map((r) => ({ person: r.person, group: r.group }));
  const ids = people.map((p) => p.id);
  const base = { columns, merged, key, rows, ids, words: new Array(rows.length) };
  bases.set(vault, base);
  return base;
}

export async function statusRoster(
  vault: Vault,
  request: RosterRequest,
  today: Date,
  ctx?: Pick<JobContext, 'checkpoint'>,
): Promise<RosterResult> {
  const base = await rosterBase(vault, request.selection, today, ctx);
  const statuses = currentStatuses(vault, base.ids);
  const statusOf = (p: ExportPerson) => statuses.get(p.id) ?? 'unknown';
  let boarded = 0;
  for (const id of base.ids) if (statuses.get(id) === 'evacuated') boarded++;
  const matches = matcher(request.query ?? '');
  const groups: RosterResult['groups'] = [];
  let matching = 0;
  base.rows.forEach((row, i) => {
    const status = statusOf(row.person);
    if (request.notBoardedOnly && status === 'evacuated') return;
    if (matches !== null && !matches(row.person, () => (base.words[i] ??= wordsOf(row.person)))) return;
    matching++;
    const last = groups[groups.length - 1];
    const member = { ...rosterPerson(row.person), status };
    if (last?.group === row.group) last.members.push(member);
    else groups.push({ group: row.group, members: [member] });
  });
  return {
    total: base.rows.length,
    boarded,
    matching,
    households: groups.length,
    groups: groups.slice(request.offset, request.offset + request.limit),
  };
}

function rosterPerson(p: ExportPerson): RosterPerson {
  return {
    id: p.id,
    surname: p.surname,
    given_names: p.given_names,
    full_name: p.full_name,
    date_of_birth: p.date_of_birth,
    sex: p.sex,
    passport_no: p.passport_no,
    special_needs: p.special_needs,
    status: p.status,
  };
}
