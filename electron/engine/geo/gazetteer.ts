// Offline geocoding: a city (and, when known, its admin area and country) to coordinates from the
// bundled GeoNames gazetteer, with how sure Muster is and which place it took. Records it cannot
// place come back null and are left for an officer to place by hand.
import { existsSync } from 'node:fs';
import { MusterError } from '../../../shared/errors';
import { normaliseNationality } from '../import/normalise/nationality';
import { BoundedCache, isPlaceholder, onClearCaches } from '../import/normalise/text';
import {
  GazetteerIndex,
  isAlternate,
  placeOf,
  type AdminArea,
  type CountryPlaces,
  type PlaceRef,
} from './gazetteerIndex';
import { placeKey, placeSkeleton } from './gazetteerKeys';
import { defaultGazetteerPath } from './gazetteerPath';

export { defaultGazetteerPath } from './gazetteerPath';

export interface GeocodeQuery {
  city?: string | null;
  /** State, province, governorate… as written, or its GeoNames admin1 code ("05"). */
  admin1?: string | null;
  /** ISO 3166-1 alpha-2 or alpha-3 code, or the country's name in a common language. */
  country?: string | null;
}

/**
 * How the place was found, strongest first: by its own name, by one of its other names (another
 * language or spelling), by a looser spelling (same consonants), or only from the admin area.
 */
export type GeocodeMatch = 'name' | 'alternate' | 'fuzzy' | 'admin1';

export interface GeocodeResult {
  readonly lat: number;
  readonly lon: number;
  /** "Tripoli, North Lebanon, LB". */
  readonly place: string;
  /** 0 to 1; see CONFIDENCE. */
  readonly confidence: number;
  readonly match: GeocodeMatch;
  readonly country: string;
  /** GeoNames admin1 code of the place ("09"), empty when GeoNames has none. */
  readonly admin1: string;
  readonly geonameId: number;
}

/**
 * Confidence by how the place was found. An own-name match beats an alternate name by 0.05; an
 * admin area that contradicts the only match, or a choice among places of the same name, costs
 * more; a country inferred from a name found in one country only costs 0.1.
 */
export const CONFIDENCE = {
  /** Name, admin area and country agree. */
  nameAdminCountry: 0.95,
  /** Name and country agree, one such place, no admin area given. */
  nameCountry: 0.85,
  /** One such place, but in another admin area than the one given. */
  nameAdminConflict: 0.65,
  /** Several places of that name in the country: the most populous. */
  nameAmbiguous: 0.55,
  alternatePenalty: 0.05,
  countryInferredPenalty: 0.1,
  fuzzyAdmin: 0.5,
  fuzzyUnique: 0.45,
  fuzzyAmbiguous: 0.35,
  /** Only the admin area is known: its seat (or most populous place) stands in for it. */
  admin1Seat: 0.3,
  admin1Largest: 0.25,
} as const;

/** Shortest key, and skeleton, a loose spelling may be matched on: "Tyr" yes, "Ba" no. */
const FUZZY_MIN_KEY = 4;
const FUZZY_MIN_SKELETON = 2;
/** An admin area written as the start of its name: "North" for "North Lebanon". */
const ADMIN_PREFIX_MIN = 4;

export class Gazetteer {
  // The same few hundred towns come back row after row; the inputs are personal data, so the
  // cache is forgotten with the other normaliser caches when the vault locks.
  private readonly cache = new BoundedCache<GeocodeResult | null>(50_000);

  constructor(private readonly index: GazetteerIndex) {
    onClearCaches(() => this.cache.clear());
  }

  geocode(query: GeocodeQuery): GeocodeResult | null {
    const city = clean(query.city);
    const admin1 = clean(query.admin1);
    const country = clean(query.country);
    const cacheKey = `${city}\u001f${admin1}\u001f${country}`;
    let result = this.cache.get(cacheKey);
    if (result === undefined) {
      result = this.resolve(city, admin1, country);
      this.cache.set(cacheKey, result);
    }
    return result;
  }

  private resolve(city: string, admin1: string, countryText: string): GeocodeResult | null {
    const cityKey = placeKey(city);
    const adminKey = placeKey(admin1);
    const places = this.resolveCountry(countryText);
    // A country Muster cannot read counts as none: the name must then be unique worldwide.
    if (!places) return cityKey ? this.withoutCountry(cityKey, admin1, adminKey) : null;
    const admins = adminKey ? matchAdmins(places, admin1, adminKey) : [];
    const adminGiven = adminKey.length > 0;
    return (
      (cityKey && choose(places, places.lookup(cityKey), admins, adminGiven, false)) ||
      (cityKey && bySkeleton(places, cityKey, admins, adminGiven)) ||
      (adminGiven ? byAdmin(places, admins, false) : null) ||
      // A city column that holds the admin area ("Mount Lebanon").
      (cityKey && !adminGiven ? byAdmin(places, matchAdmins(places, city, cityKey), true) : null)
    );
  }

  private resolveCountry(text: string): CountryPlaces | undefined {
    if (!text) return undefined;
    const upper = text.toUpperCase();
    if (/^[A-Z]{2}$/.test(upper) && this.index.hasCountry(upper)) return this.index.places(upper);
    const parsed = normaliseNationality(text);
    return parsed.ok && parsed.value ? this.index.places(parsed.value) : undefined;
  }

  /**
   * No country: only a name found in a single country will do ("Tripoli" is in Lebanon, Libya
   * and the United States, so it places nobody). Places of that own name outrank places that
   * merely have it among their other names; an admin area given may narrow the choice to one.
   * The first such query reads every country.
   */
  private withoutCountry(key: string, admin1: string, adminKey: string): GeocodeResult | null {
    type Hit = { places: CountryPlaces; refs: readonly PlaceRef[]; admins: AdminArea[] };
    let hits: Hit[] = [];
    for (const country of this.index.countries()) {
      const places = this.index.places(country) as CountryPlaces;
      const refs = places.lookup(key);
      if (refs.length > 0) hits.push({ places, refs, admins: [] });
    }
    if (adminKey) {
      for (const hit of hits) hit.admins = matchAdmins(hit.places, admin1, adminKey);
      const inAdmin = hits.filter((h) => h.refs.some((r) => inAdmins(h.places, r, h.admins)));
      if (inAdmin.length > 0) hits = inAdmin;
    }
    const byOwnName = hits.filter((h) => h.refs.some((r) => !isAlternate(r)));
    if (byOwnName.length > 0) hits = byOwnName;
    if (hits.length !== 1) return null;
    const { places, refs, admins } = hits[0] as Hit;
    const found = choose(places, refs, admins, adminKey.length > 0, false);
    return (
      found &&
      Object.freeze({ ...found, confidence: round(found.confidence - CONFIDENCE.countryInferredPenalty) })
    );
  }
}

/** Admin areas of the country the text names: by code, by key, or by the start of a key. */
function matchAdmins(places: CountryPlaces, text: string, key: string): AdminArea[] {
  const admins = places.admins;
  // "05", "LB.05" or "LB-05".
  const upper = text.toUpperCase();
  const sep = upper.charAt(places.country.length);
  const code =
    upper.startsWith(places.country) && (sep === '.' || sep === '-')
      ? upper.slice(places.country.length + 1)
      : upper;
  const byCode = admins.filter((a) => a.code.toUpperCase() === code);
  if (byCode.length > 0) return byCode;
  const exact = admins.filter((a) => a.keys.includes(key));
  if (exact.length > 0 || key.length < ADMIN_PREFIX_MIN) return exact;
  return admins.filter((a) => a.keys.some((k) => k.startsWith(key) || key.startsWith(k)));
}

function inAdmins(places: CountryPlaces, ref: PlaceRef, admins: readonly AdminArea[]): boolean {
  const code = places.admin1s[placeOf(ref)];
  return admins.some((a) => a.code === code);
}

function bySkeleton(
  places: CountryPlaces,
  key: string,
  admins: readonly AdminArea[],
  adminGiven: boolean,
): GeocodeResult | null {
  if (key.length < FUZZY_MIN_KEY) return null;
  const skeleton = placeSkeleton(key);
  if (skeleton.length < FUZZY_MIN_SKELETON) return null;
  return choose(places, places.lookupSkeleton(skeleton), admins, adminGiven, true);
}

/**
 * Picks among places of one name in one country: those in the admin area given if any, then the
 * most populous (refs come most populous first).
 */
function choose(
  places: CountryPlaces,
  refs: readonly PlaceRef[],
  admins: readonly AdminArea[],
  adminGiven: boolean,
  fuzzy: boolean,
): GeocodeResult | null {
  if (refs.length === 0) return null;
  const inAdmin = refs.filter((r) => inAdmins(places, r, admins));
  const pool = inAdmin.length > 0 ? inAdmin : refs;
  const best = pool[0] as PlaceRef;
  let confidence: number;
  if (fuzzy) {
    confidence =
      pool.length > 1
        ? CONFIDENCE.fuzzyAmbiguous
        : inAdmin.length > 0
          ? CONFIDENCE.fuzzyAdmin
          : CONFIDENCE.fuzzyUnique;
  } else if (pool.length > 1) {
    confidence = CONFIDENCE.nameAmbiguous;
  } else if (inAdmin.length > 0) {
    confidence = CONFIDENCE.nameAdminCountry;
  } else {
    confidence = adminGiven ? CONFIDENCE.nameAdminConflict : CONFIDENCE.nameCountry;
  }
  if (!fuzzy && isAlternate(best)) confidence -= CONFIDENCE.alternatePenalty;
  return result(
    places,
    placeOf(best),
    confidence,
    fuzzy ? 'fuzzy' : isAlternate(best) ? 'alternate' : 'name',
  );
}

/** The admin area's seat (or its most populous place) for an area named alone. */
function byAdmin(
  places: CountryPlaces,
  admins: readonly AdminArea[],
  fromCity: boolean,
): GeocodeResult | null {
  if (admins.length !== 1) return null;
  const code = (admins[0] as AdminArea).code;
  let seat = -1;
  let largest = -1;
  for (let i = 0; i < places.size && seat < 0; i++) {
    if (places.admin1s[i] !== code) continue;
    if (largest < 0) largest = i;
    if (places.ranks[i] === 'A' || places.ranks[i] === 'C') seat = i;
  }
  if (largest < 0) return null;
  const confidence = seat >= 0 ? CONFIDENCE.admin1Seat : CONFIDENCE.admin1Largest;
  return result(
    places,
    seat >= 0 ? seat : largest,
    fromCity ? confidence - CONFIDENCE.alternatePenalty : confidence,
    'admin1',
  );
}

function result(places: CountryPlaces, i: number, confidence: number, match: GeocodeMatch): GeocodeResult {
  const admin1 = places.admin1s[i] as string;
  const place = [places.names[i], places.adminName(admin1), places.country].filter(Boolean).join(', ');
  return Object.freeze({
    lat: places.lats[i] as number,
    lon: places.lons[i] as number,
    place,
    confidence: round(confidence),
    match,
    country: places.country,
    admin1,
    geonameId: places.ids[i] as number,
  });
}

function clean(text: string | null | undefined): string {
  if (text === null || text === undefined) return '';
  const t = text.trim();
  return isPlaceholder(t) ? '' : t;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Reads and indexes the gazetteer at `path`, every time: callers want loadGazetteer. */
export function readGazetteer(path: string): Gazetteer {
  if (!existsSync(path)) {
    throw new MusterError(
      'NOT_FOUND',
      'The place-name file is missing: rebuild it with `npm run gazetteer`.',
    );
  }
  return new Gazetteer(GazetteerIndex.fromFile(path));
}

const loaded = new Map<string, Gazetteer>();

/**
 * The gazetteer at `path` (by default the bundled one), read on first use and then kept. Reading
 * takes a few hundred milliseconds; each country is indexed the first time a query names it.
 */
export function loadGazetteer(path: string = defaultGazetteerPath()): Gazetteer {
  let gazetteer = loaded.get(path);
  if (!gazetteer) {
    gazetteer = readGazetteer(path);
    loaded.set(path, gazetteer);
  }
  return gazetteer;
}

/** Geocodes with the bundled gazetteer. */
export function geocode(query: GeocodeQuery): GeocodeResult | null {
  return loadGazetteer().geocode(query);
}
