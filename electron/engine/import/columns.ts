// Suggests which person field each column of an imported file holds. The officer confirms or
// corrects the suggestion; a confidence below ~0.7 is worth a second look.
import type { PersonField } from '../../../shared/person';
import { normaliseHeader } from './headers';
import { CONTEXTUAL_SYNONYMS, FIELD_SYNONYMS, NOT_PERSON_FIELDS } from './synonyms';

export interface ColumnSuggestion {
  /** Position of the column in the file (headers may repeat, positions do not). */
  index: number;
  header: string;
  /** null: no person field fits, or the header names something Muster does not keep. */
  field: PersonField | null;
  /**
   * 0..1: how sure the suggestion is. With field null, a high value means the header names
   * something Muster does not keep ("Place of birth"); 0 means nothing matched or what matched was taken.
   */
  confidence: number;
}

/** Fields a file may hold more than once; later columns go to the next field of the list. */
const OVERFLOW: Partial<Record<PersonField, PersonField>> = { phone: 'phone_alt' };

type ContextRule = (typeof CONTEXTUAL_SYNONYMS)[number];

interface Entry {
  words: readonly string[];
  phrase: string;
  compact: string;
  field: PersonField | null;
  /** Exact matches of ambiguous headers score a little lower. */
  exactScore: number;
  /** Set for the first reading of an ambiguous header, which the other columns may overturn. */
  rule?: ContextRule;
}

interface Index {
  entries: readonly Entry[];
  byPhrase: ReadonlyMap<string, readonly Entry[]>;
  byCompact: ReadonlyMap<string, readonly Entry[]>;
}

let index: Index | undefined;

function buildIndex(): Index {
  const entries: Entry[] = [];
  const add = (text: string, field: PersonField | null, exactScore: number, rule?: ContextRule) => {
    const phrase = normaliseHeader(text);
    if (!phrase) return;
    entries.push({
      words: phrase.split(' '),
      phrase,
      compact: phrase.replace(/ /g, ''),
      field,
      exactScore,
      rule,
    });
  };
  for (const [field, texts] of Object.entries(FIELD_SYNONYMS) as [PersonField, readonly string[]][]) {
    for (const text of texts) add(text, field, 1);
  }
  for (const c of CONTEXTUAL_SYNONYMS) add(c.text, c.field, 0.9, c);
  for (const text of NOT_PERSON_FIELDS) add(text, null, 1);
  const group = (key: (e: Entry) => string) => {
    const map = new Map<string, Entry[]>();
    for (const e of entries) {
      const k = key(e);
      const list = map.get(k);
      if (list) list.push(e);
      else map.set(k, [e]);
    }
    return map;
  };
  return { entries, byPhrase: group((e) => e.phrase), byCompact: group((e) => e.compact) };
}

function containsPhrase(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Edit distance with adjacent transpositions, giving up beyond `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prevPrev[j - 2] as number) + 1);
      }
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

const FALLBACK_MARGIN = 0.2;

interface Candidate {
  header: number;
  field: PersonField | null;
  score: number;
  rule?: ContextRule;
}

function candidatesFor(header: string, position: number, idx: Index): Candidate[] {
  const phrase = normaliseHeader(header);
  if (!phrase) return [];
  const words = phrase.split(' ');
  const compact = phrase.replace(/ /g, '');
  const best = new Map<PersonField | null, Candidate>();
  const offer = (e: Entry, score: number) => {
    if (score > (best.get(e.field)?.score ?? 0))
      best.set(e.field, { header: position, field: e.field, score, rule: e.rule });
  };

  for (const e of idx.byPhrase.get(phrase) ?? []) offer(e, e.exactScore);
  for (const e of idx.byCompact.get(compact) ?? []) offer(e, e.exactScore * 0.95);
  for (const e of idx.entries) {
    if (e.words.length < words.length && containsPhrase(words, e.words)) {
      offer(e, e.exactScore * Math.min(0.9, 0.5 + (0.4 * e.words.length) / words.length));
    }
  }
  if (Math.max(0, ...[...best.values()].map((c) => c.score)) < 0.65 && compact.length >= 5) {
    const max = compact.length >= 10 ? 2 : 1;
    for (const e of idx.entries) {
      if (e.compact.length < 5) continue;
      const d = editDistance(compact, e.compact, max);
      if (d <= max) offer(e, e.exactScore * (d === 1 ? 0.65 : 0.55));
    }
  }
  // A header whose clear meaning is already taken ("Last name" after "Surname") must not fall back
  // to what a fragment of it says ("name"): only near-best readings stay in the running.
  const top = Math.max(...[...best.values()].map((c) => c.score));
  return [...best.values()].filter((c) => c.score >= top - FALLBACK_MARGIN);
}

/**
 * One suggestion per header, in order. A field is given to one column only, except the
 * overflow fields (a second phone column becomes phone_alt); the strongest match wins.
 */
export function suggestColumns(headers: readonly string[]): ColumnSuggestion[] {
  index ??= buildIndex();
  const idx = index;
  const candidates = headers.flatMap((h, i) => candidatesFor(h, i, idx));
  candidates.sort((a, b) => b.score - a.score || a.header - b.header);

  const result: ColumnSuggestion[] = headers.map((header, i) => ({
    index: i,
    header,
    field: null,
    confidence: 0,
  }));
  const decided = new Set<number>();
  const taken = new Set<PersonField>();
  const rules = new Map<number, ContextRule>();
  for (const c of candidates) {
    if (decided.has(c.header)) continue;
    const slot = result[c.header] as ColumnSuggestion;
    if (c.field === null) {
      decided.add(c.header);
      slot.confidence = round(c.score);
      continue;
    }
    let field: PersonField | undefined = c.field;
    let score = c.score;
    while (field && taken.has(field)) {
      field = OVERFLOW[field];
      score *= 0.95;
    }
    if (!field) continue;
    decided.add(c.header);
    taken.add(field);
    slot.field = field;
    slot.confidence = round(score);
    if (c.rule && field === c.field) rules.set(c.header, c.rule);
  }
  applyContext(result, taken, rules);
  return result;
}

/** "Name" beside "Surname" is the given names; "Nom" without "Prénom" is the whole name. */
function applyContext(
  result: ColumnSuggestion[],
  taken: Set<PersonField>,
  rules: Map<number, ContextRule>,
): void {
  for (const [position, rule] of rules) {
    const slot = result[position] as ColumnSuggestion;
    if (taken.has(rule.switchTo)) continue;
    const applies = rule.when === 'absent:given_names' ? !taken.has('given_names') : taken.has(rule.when);
    if (!applies) continue;
    taken.delete(rule.field);
    taken.add(rule.switchTo);
    slot.field = rule.switchTo;
    slot.confidence = round(slot.confidence * 0.9);
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
