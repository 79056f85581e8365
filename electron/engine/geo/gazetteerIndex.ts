// The gazetteer in memory. Loading only finds where each country's lines are; a country's places
// are parsed and indexed the first time a query names it, so opening the gazetteer is quick and
// an operation in one country never pays for the other 240.
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { damaged, decodeAdmin, decodePlaces, readGazetteerHeader, type PlaceRank } from './gazetteerFormat';
import { placeSkeleton } from './gazetteerKeys';

export interface AdminArea {
  /** GeoNames admin1 code within its country: "05". */
  code: string;
  name: string;
  keys: readonly string[];
}

/**
 * A place of one country under one key: its index in the country shifted left once, plus 1 when
 * the key is one of its alternate names rather than its own name. Lists of refs keep file order,
 * which is most populous first.
 */
export type PlaceRef = number;

export const placeOf = (ref: PlaceRef): number => ref >>> 1;
export const isAlternate = (ref: PlaceRef): boolean => (ref & 1) === 1;

/** The places of one country. */
export class CountryPlaces {
  readonly ids: number[] = [];
  readonly names: string[] = [];
  readonly admin1s: string[] = [];
  readonly lats: number[] = [];
  readonly lons: number[] = [];
  readonly populations: number[] = [];
  readonly ranks: PlaceRank[] = [];
  private readonly byKey = new Map<string, PlaceRef[]>();
  private bySkeleton: Map<string, PlaceRef[]> | undefined;

  constructor(
    readonly country: string,
    readonly admins: readonly AdminArea[],
    lines: string,
  ) {
    decodePlaces(lines, (p) => {
      const i = this.ids.length;
      this.ids.push(p.id);
      this.names.push(p.name);
      this.admin1s.push(p.admin1);
      this.lats.push(p.lat);
      this.lons.push(p.lon);
      this.populations.push(p.population);
      this.ranks.push(p.rank);
      for (const k of p.names) this.add(k, i << 1);
      for (const k of p.alternates) this.add(k, (i << 1) | 1);
    });
  }

  private add(key: string, ref: PlaceRef): void {
    const list = this.byKey.get(key);
    if (!list) this.byKey.set(key, [ref]);
    // A key both a place's own name and an alternate one ("Tripoli", "Tripoli") counts once.
    else if (placeOf(list[list.length - 1] as PlaceRef) !== placeOf(ref)) list.push(ref);
  }

  get size(): number {
    return this.ids.length;
  }

  lookup(key: string): readonly PlaceRef[] {
    return this.byKey.get(key) ?? [];
  }

  /** Places whose keys have this consonant skeleton, built on first use. */
  lookupSkeleton(skeleton: string): readonly PlaceRef[] {
    if (!this.bySkeleton) {
      const map = new Map<string, PlaceRef[]>();
      for (const [key, refs] of this.byKey) {
        const s = placeSkeleton(key);
        const list = map.get(s);
        if (list) list.push(...refs);
        else map.set(s, [...refs]);
      }
      // Back to most populous first, one ref per place ("Zahle" and "Zahleh" are one place).
      for (const [s, refs] of map) map.set(s, onePerPlace(refs));
      this.bySkeleton = map;
    }
    return this.bySkeleton.get(skeleton) ?? [];
  }

  adminName(code: string): string | undefined {
    return this.admins.find((a) => a.code === code)?.name;
  }
}

/** Sorted by place, own-name refs kept over alternate ones. */
function onePerPlace(refs: PlaceRef[]): PlaceRef[] {
  refs.sort((a, b) => a - b);
  const out: PlaceRef[] = [];
  for (const r of refs) {
    const last = out[out.length - 1];
    if (last === undefined || placeOf(last) !== placeOf(r)) out.push(r);
  }
  return out;
}

export class GazetteerIndex {
  private readonly blocks = new Map<string, Array<[number, number]>>();
  private readonly adminsByCountry = new Map<string, AdminArea[]>();
  private readonly parsed = new Map<string, CountryPlaces>();

  private constructor(private readonly text: string) {
    let start = readGazetteerHeader(text);
    let current = '';
    let blockStart = start;
    const close = (end: number) => {
      if (!current) return;
      let list = this.blocks.get(current);
      if (!list) this.blocks.set(current, (list = []));
      list.push([blockStart, end]);
    };
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const kind = text.charCodeAt(start);
      if (kind === 65 /* A */) {
        const admin = decodeAdmin(text.slice(start, end));
        const [country, code] = admin.code.split('.');
        if (!country || !code) throw damaged();
        let admins = this.adminsByCountry.get(country);
        if (!admins) this.adminsByCountry.set(country, (admins = []));
        admins.push({ code, name: admin.name, keys: admin.keys });
      } else if (kind === 80 /* P */) {
        // "P <TAB> id <TAB> name <TAB> CC": the country is the fourth field.
        const t1 = text.indexOf('\t', start + 2);
        const t2 = text.indexOf('\t', t1 + 1);
        const country = text.slice(t2 + 1, t2 + 3);
        if (country !== current) {
          close(start);
          current = country;
          blockStart = start;
        }
      } else if (end > start) {
        throw damaged();
      }
      start = end + 1;
    }
    close(text.length);
  }

  static fromFile(path: string): GazetteerIndex {
    return GazetteerIndex.fromText(gunzipSync(readFileSync(path)).toString('utf8'));
  }

  static fromText(text: string): GazetteerIndex {
    return new GazetteerIndex(text);
  }

  countries(): IterableIterator<string> {
    return this.blocks.keys();
  }

  hasCountry(country: string): boolean {
    return this.blocks.has(country);
  }

  /** The country's places, parsed on first use; undefined for a country the gazetteer lacks. */
  places(country: string): CountryPlaces | undefined {
    let places = this.parsed.get(country);
    if (!places) {
      const blocks = this.blocks.get(country);
      if (!blocks) return undefined;
      const lines = blocks.map(([from, to]) => this.text.slice(from, to)).join('');
      places = new CountryPlaces(country, this.adminsByCountry.get(country) ?? [], lines);
      this.parsed.set(country, places);
    }
    return places;
  }
}
