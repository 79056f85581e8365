// People search: one box for a name in any spelling or alphabet, a passport number, a phone number
// in any format, or an e-mail address; filters and sorting on indexed columns, a page at a time.
import type { SqlValue } from 'sql.js';
import type { PeoplePage, PeopleFilters } from '../../../shared/people';
import { normaliseDocumentNumber } from '../import/normalise/documents';
import { emailMatchKey } from '../import/normalise/email';
import { nameMatchKey, nameSkeletonKey } from '../import/normalise/names';
import { PhoneNormaliser } from '../import/normalise/phones';
import type { Vault } from '../vault/vault';
import { PERSON_ROW_COLUMNS, toPersonRow, type PersonRowRecord } from './personRow';

export interface SearchRequest {
  query?: string;
  filters: PeopleFilters;
  sort: 'surname' | 'given_names' | 'date_of_birth' | 'city' | 'updated_at';
  offset: number;
  limit: number;
}

const SORTS: Record<SearchRequest['sort'], string> = {
  surname: 'surname COLLATE NOCASE, given_names COLLATE NOCASE, id',
  given_names: 'given_names COLLATE NOCASE, surname COLLATE NOCASE, id',
  date_of_birth: 'date_of_birth, id',
  city: 'city COLLATE NOCASE, id',
  updated_at: 'updated_at DESC, id DESC',
};

interface Clause {
  sql: string;
  params: unknown[];
  /** Set when the clause is nothing but a name search: the FTS4 expression it matches. */
  nameMatch?: string;
}

/** Letters and digits only, so nothing in the query is read as FTS syntax. */
const PLAIN_TERM = /^[a-z0-9]+$/;
// A skeleton of two consonants ("hm" from "Ahme") begins thousands of different skeletons: as a
// prefix it would merge huge lists for nothing the spelling itself does not already find.
const MIN_SKELETON_PREFIX = 3;

/**
 * Each word of the query must match a word of the name, by its spelling or by its consonant
 * skeleton: "(k:muhammad OR s:mhmd)" per word, the words joined by AND. Explicit: sql.js builds FTS4
 * with the enhanced query syntax, where AND binds tighter than OR.
 * Only the last word may be unfinished (the officer is still typing it): it alone is a prefix.
 */
function nameClause(query: string): Clause | null {
  const words = nameMatchKey(query)
    .split(' ')
    .filter((w) => w.length > 0 && w !== 'al' && w !== 'bin');
  const typingLast = !/\s$/u.test(query);
  const perWord = words.map((word, i) => {
    // A one-letter prefix spans a whole letter of the index: beside other words it is an initial.
    const prefix = typingLast && i === words.length - 1 && (word.length > 1 || words.length === 1);
    const terms: string[] = [];
    if (PLAIN_TERM.test(word)) terms.push(`k:${word}${prefix ? '*' : ''}`);
    const skeleton = nameSkeletonKey(word);
    if (PLAIN_TERM.test(skeleton) && skeleton.length >= 2) {
      if (!prefix) terms.push(`s:${skeleton}`);
      else if (skeleton.length >= MIN_SKELETON_PREFIX) terms.push(`s:${skeleton}*`);
    }
    return terms.length > 1 ? `(${terms.join(' OR ')})` : (terms[0] ?? '');
  });
  const match = perWord.filter((t) => t.length > 0).join(' AND ');
  if (!match) return null;
  return {
    sql: 'id IN (SELECT docid FROM person_name_fts WHERE person_name_fts MATCH ?)',
    params: [match],
    nameMatch: match,
  };
}

function phoneCandidates(vault: Vault, query: string): string[] {
  const digits = query.replace(/\D/g, '');
  if (digits.length < 6 || /[a-z]/i.test(query.replace(/^tel:?/i, ''))) return [];
  const countries = vault
    .query<{ country: string }>('SELECT DISTINCT country FROM import_batch WHERE country IS NOT NULL')
    .map((r) => r.country);
  const found = new Set<string>();
  for (const country of [undefined, ...countries]) {
    const n = new PhoneNormaliser(country).normalise(query);
    if (n.ok && n.value) found.add(n.value);
  }
  return [...found];
}

function queryClause(vault: Vault, raw: string): Clause | null {
  const query = raw.trim();
  if (query.length === 0) return null;
  const alternatives: Clause[] = [];
  if (query.includes('@')) {
    alternatives.push({ sql: 'email_key = ?', params: [emailMatchKey(query)] });
  }
  const phones = phoneCandidates(vault, query);
  for (const p of phones) alternatives.push({ sql: '(phone = ? OR phone_alt = ?)', params: [p, p] });
  const passport = normaliseDocumentNumber(query, 'passport');
  if (passport.ok && passport.value) alternatives.push({ sql: 'passport_no = ?', params: [passport.value] });
  if (!query.includes('@') && /\p{L}/u.test(query)) {
    const name = nameClause(query);
    if (name) alternatives.push(name);
  }
  if (alternatives.length === 0) return { sql: '0', params: [] };
  if (alternatives.length === 1) return alternatives[0] as Clause;
  return {
    sql: `(${alternatives.map((a) => a.sql).join(' OR ')})`,
    params: alternatives.flatMap((a) => a.params),
  };
}

function ageBandClause(band: NonNullable<PeopleFilters['ageBand']>, today: Date): Clause {
  const yearsAgo = (years: number) => {
    const d = new Date(today);
    d.setUTCFullYear(d.getUTCFullYear() - years);
    return d.toISOString().slice(0, 10);
  };
  switch (band) {
    case '0-17':
      return { sql: 'date_of_birth > ?', params: [yearsAgo(18)] };
    case '18-59':
      return { sql: 'date_of_birth <= ? AND date_of_birth > ?', params: [yearsAgo(18), yearsAgo(60)] };
    case '60+':
      return { sql: 'date_of_birth <= ?', params: [yearsAgo(60)] };
    default:
      return { sql: 'date_of_birth IS NULL', params: [] };
  }
}

function filterClauses(f: PeopleFilters, today: Date): Clause[] {
  const out: Clause[] = [];
  if (f.source !== undefined) out.push({ sql: 'source = ?', params: [f.source] });
  if (f.city !== undefined) out.push({ sql: 'city = ? COLLATE NOCASE', params: [f.city] });
  if (f.nationality !== undefined)
    out.push({ sql: 'nationality = ?', params: [f.nationality.toUpperCase()] });
  if (f.sex !== undefined) out.push({ sql: 'sex = ?', params: [f.sex] });
  if (f.ageBand !== undefined) out.push(ageBandClause(f.ageBand, today));
  if (f.specialNeeds !== undefined) {
    out.push({
      sql: f.specialNeeds ? "coalesce(special_needs, '') <> ''" : "coalesce(special_needs, '') = ''",
      params: [],
    });
  }
  if (f.hasCoordinates !== undefined) {
    out.push({
      sql: f.hasCoordinates ? 'lat IS NOT NULL AND lon IS NOT NULL' : '(lat IS NULL OR lon IS NULL)',
      params: [],
    });
  }
  return out;
}

// Sorts an index can deliver in order. Walking that index and keeping the matching rows stops after
// one page when the matches are spread along it (a common given name, a filter on nationality);
// sorting every match instead costs a few microseconds per match, which for "Mohammed" (tens of
// thousands of rows) is hundreds of milliseconds. But matches bunched in one stretch of the index
// (a surname prefix, sorted by surname) make the walk cross most of the table first: below this
// many matches, sorting them all is the safe choice.
const SORT_INDEXES: Partial<Record<SearchRequest['sort'], string>> = {
  surname: 'person_surname',
  city: 'person_city',
};
const SORT_ALL_BELOW = 20_000;
// Past this many index entries walked for one page (deep pages, rare matches), sorting wins again.
const MAX_INDEX_WALK = 200_000;

function countMatches(vault: Vault, clauses: readonly Clause[], where: string, params: unknown[]): number {
  const only = clauses.length === 1 ? clauses[0] : undefined;
  // The name index holds exactly one row per person (its triggers see to it): counting there
  // skips reading every matching person.
  const sql =
    only?.nameMatch !== undefined
      ? 'SELECT count(*) AS n FROM person_name_fts WHERE person_name_fts MATCH ?'
      : `SELECT count(*) AS n FROM person ${where}`;
  return (
    vault.query<{ n: number }>(sql, only?.nameMatch !== undefined ? [only.nameMatch] : params)[0]?.n ?? 0
  );
}

/** `INDEXED BY …` when walking the sort's index is the cheaper way to one page of `total` matches. */
function sortIndexHint(vault: Vault, request: SearchRequest, total: number, filtered: boolean): string {
  const index = SORT_INDEXES[request.sort];
  if (!filtered || index === undefined || total < SORT_ALL_BELOW) return '';
  const people = vault.query<{ n: number | null }>('SELECT max(id) AS n FROM person')[0]?.n ?? 0;
  if (((request.offset + request.limit) * people) / total > MAX_INDEX_WALK) return '';
  // Large imports drop the person indexes while they load.
  const exists = vault.query("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", [index]);
  return exists.length > 0 ? `INDEXED BY ${index}` : '';
}

/** What a search asks for, whether it reads a page of rows or every matching id. */
export interface SearchCriteria {
  query?: string | undefined;
  filters: PeopleFilters;
}

interface SearchWhere {
  clauses: Clause[];
  /** `WHERE …`, or '' when nothing narrows the search (everyone matches). */
  where: string;
  params: unknown[];
}

/**
 * The one WHERE clause of a search, shared by the page the People table shows and the bulk actions on
 * the same people: both must see exactly the same set.
 */
function searchWhere(vault: Vault, criteria: SearchCriteria, today: Date): SearchWhere {
  const clauses = filterClauses(criteria.filters, today);
  const q = criteria.query === undefined ? null : queryClause(vault, criteria.query);
  if (q) clauses.push(q);
  const where = clauses.length > 0 ? `WHERE ${clauses.map((c) => c.sql).join(' AND ')}` : '';
  return { clauses, where, params: clauses.flatMap((c) => c.params) };
}

/** Every matching id, ascending: ids only, no paging, so a bulk action on a million people stays cheap. */
export function searchIds(vault: Vault, criteria: SearchCriteria, today = new Date()): number[] {
  const { where, params } = searchWhere(vault, criteria, today);
  // Plain arrays from the statement, not a row object per person: a million ids in about a quarter of
  // the time (0.25 s instead of 1 s).
  const statement = vault.db.prepare(`SELECT id FROM person ${where} ORDER BY id`);
  try {
    statement.bind(params as SqlValue[]);
    const ids: number[] = [];
    while (statement.step()) ids.push(statement.get()[0] as number);
    return ids;
  } finally {
    statement.free();
  }
}

export function searchPeople(vault: Vault, request: SearchRequest, today = new Date()): PeoplePage {
  const started = performance.now();
  const { clauses, where, params } = searchWhere(vault, request, today);
  const total = countMatches(vault, clauses, where, params);
  const hint = sortIndexHint(vault, request, total, clauses.length > 0);
  const rows = vault
    .query<PersonRowRecord>(
      `SELECT ${PERSON_ROW_COLUMNS} FROM person ${hint} ${where} ORDER BY ${SORTS[request.sort]} LIMIT ? OFFSET ?`,
      [...params, request.limit, request.offset],
    )
    .map(toPersonRow);
  return { total, rows, tookMs: Math.round((performance.now() - started) * 100) / 100 };
}
