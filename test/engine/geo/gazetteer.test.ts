import { describe, expect, it } from 'vitest';
import {
  CONFIDENCE,
  defaultGazetteerPath,
  geocode,
  loadGazetteer,
  readGazetteer,
  type GeocodeQuery,
} from '../../../electron/engine/geo/gazetteer';
import { clearNormaliserCaches } from '../../../electron/engine/import/normalise/text';

// GeoNames ids of the places the tests expect.
const BEIRUT = 276781;
const TRIPOLI_LB = 266826;
const TRIPOLI_LY = 2210247;
const SIDON = 268064;
const ZAHLE = 266045;
const JOUNIEH = 273140;
const TYRE = 267008;
const BAABDA = 277226;
const MANILA = 1701668;
const QUEZON_CITY = 1692192;
const KYIV = 703448;

function id(query: GeocodeQuery): number | undefined {
  return geocode(query)?.geonameId;
}

describe('Lebanese cities under their many spellings', () => {
  const cases: Array<[string, number]> = [
    ['Beirut', BEIRUT],
    ['Beyrouth', BEIRUT],
    ['Bayrut', BEIRUT],
    ['بيروت', BEIRUT],
    ['BEIRUT', BEIRUT],
    ['Tripoli', TRIPOLI_LB],
    ['Tarabulus', TRIPOLI_LB],
    ['Ţarābulus', TRIPOLI_LB],
    ['طرابلس', TRIPOLI_LB],
    ['Sidon', SIDON],
    ['Saida', SIDON],
    ['Saïda', SIDON],
    ['Sayda', SIDON],
    ['صيدا', SIDON],
    ['Zahle', ZAHLE],
    ['Zahlé', ZAHLE],
    ['Zahleh', ZAHLE],
    ['زحلة', ZAHLE],
    ['Jounieh', JOUNIEH],
    ['جونيه', JOUNIEH],
    ['Tyre', TYRE],
    ['Sour', TYRE],
    ['Sûr', TYRE],
    ['صور', TYRE],
  ];
  it.each(cases)('%s', (city, expected) => {
    const found = geocode({ city, country: 'LB' });
    expect(found?.geonameId).toBe(expected);
    expect(found?.country).toBe('LB');
    expect(found?.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it('names the place it took, with its admin area and country', () => {
    expect(geocode({ city: 'Tarabulus', country: 'LB' })).toMatchObject({
      place: 'Tripoli, North Lebanon, LB',
      match: 'alternate',
      admin1: '09',
    });
    const beirut = geocode({ city: 'Beirut', country: 'LB' });
    expect(beirut?.lat).toBeCloseTo(33.89, 1);
    expect(beirut?.lon).toBeCloseTo(35.5, 1);
  });

  it('ranks its own name over another name, and both over a loose spelling', () => {
    const own = geocode({ city: 'Jounieh', country: 'LB' });
    const arabic = geocode({ city: 'جونيه', country: 'LB' });
    const loose = geocode({ city: 'Jouniyeh', country: 'LB' });
    expect(own).toMatchObject({ match: 'name', confidence: CONFIDENCE.nameCountry });
    expect(arabic?.match).toBe('alternate');
    expect(loose).toMatchObject({ geonameId: JOUNIEH, match: 'fuzzy' });
    expect(own!.confidence).toBeGreaterThan(arabic!.confidence);
    expect(arabic!.confidence).toBeGreaterThan(loose!.confidence);
  });

  it('is surest when the admin area agrees, and less sure when it does not', () => {
    expect(geocode({ city: 'Zahlé', admin1: 'Bekaa', country: 'LB' })?.confidence).toBe(
      CONFIDENCE.nameAdminCountry,
    );
    expect(geocode({ city: 'Tripoli', admin1: 'North', country: 'LB' })?.confidence).toBe(
      CONFIDENCE.nameAdminCountry,
    );
    const conflict = geocode({ city: 'Tyre', admin1: 'Akkar', country: 'LB' });
    expect(conflict).toMatchObject({ geonameId: TYRE, confidence: CONFIDENCE.nameAdminConflict });
  });

  it('reads the country from a code or a name', () => {
    expect(id({ city: 'Sidon', country: 'lb' })).toBe(SIDON);
    expect(id({ city: 'Sidon', country: 'LBN' })).toBe(SIDON);
    expect(id({ city: 'Sidon', country: 'Lebanon' })).toBe(SIDON);
    expect(id({ city: 'Sidon', country: 'لبنان' })).toBe(SIDON);
  });
});

describe('disambiguation', () => {
  it('tells Tripoli in Lebanon from Tripoli in Libya by the country', () => {
    expect(id({ city: 'Tripoli', country: 'LB' })).toBe(TRIPOLI_LB);
    expect(id({ city: 'Tripoli', country: 'LY' })).toBe(TRIPOLI_LY);
    expect(id({ city: 'Tripoli', country: 'Libya' })).toBe(TRIPOLI_LY);
  });

  it('places nobody by a name found in several countries when no country is given', () => {
    expect(geocode({ city: 'Tripoli' })).toBeNull();
    expect(geocode({ city: 'Manila' })).toBeNull();
    expect(geocode({ city: 'Paris', country: '' })).toBeNull();
  });

  it('takes a name found in one country only, less surely than with the country', () => {
    const withCountry = geocode({ city: 'Kiev', country: 'UA' });
    const without = geocode({ city: 'Kiev' });
    expect(without?.geonameId).toBe(KYIV);
    expect(without!.confidence).toBeCloseTo(withCountry!.confidence - CONFIDENCE.countryInferredPenalty, 5);
    // Beirut is another town's other name in Poland; its own name is in Lebanon only.
    expect(id({ city: 'Beirut' })).toBe(BEIRUT);
  });

  it('lets an admin area pick the country when the name alone cannot', () => {
    expect(id({ city: 'Tripoli', admin1: 'North Lebanon' })).toBe(TRIPOLI_LB);
  });

  it('prefers the place in the admin area given, else the most populous, less surely', () => {
    // Two Manilas in the United States: Arkansas (about 3,000 people) and Utah (about 300).
    const largest = geocode({ city: 'Manila', country: 'US' });
    expect(largest).toMatchObject({ admin1: 'AR', confidence: CONFIDENCE.nameAmbiguous });
    expect(geocode({ city: 'Manila', admin1: 'Utah', country: 'US' })).toMatchObject({
      admin1: 'UT',
      confidence: CONFIDENCE.nameAdminCountry,
    });
    expect(geocode({ city: 'Manila', admin1: 'UT', country: 'US' })?.admin1).toBe('UT');
  });
});

describe('places the gazetteer does not know', () => {
  it('returns null for an unknown city', () => {
    expect(geocode({ city: 'Qwxzzyville', country: 'LB' })).toBeNull();
    expect(geocode({ city: 'Qwxzzyville' })).toBeNull();
  });

  it('returns null for empty and placeholder input', () => {
    expect(geocode({})).toBeNull();
    expect(geocode({ city: '  ', country: 'LB' })).toBeNull();
    expect(geocode({ city: 'N/A', country: 'LB' })).toBeNull();
    expect(geocode({ city: null, admin1: null, country: null })).toBeNull();
  });

  it('treats a country it cannot read as missing', () => {
    expect(geocode({ city: 'Tripoli', country: 'Atlantis' })).toBeNull();
    expect(geocode({ city: 'Kiev', country: 'Atlantis' })?.confidence).toBe(
      geocode({ city: 'Kiev' })?.confidence,
    );
  });
});

describe('admin area without a city', () => {
  it("stands in the area's seat, with low confidence", () => {
    const found = geocode({ admin1: 'Mount Lebanon', country: 'LB' });
    expect(found).toMatchObject({
      geonameId: BAABDA,
      place: 'Baabda, Mount Lebanon, LB',
      match: 'admin1',
      confidence: CONFIDENCE.admin1Seat,
    });
  });

  it('also when the admin area is written in the city column', () => {
    const found = geocode({ city: 'Mount Lebanon', country: 'LB' });
    expect(found).toMatchObject({ geonameId: BAABDA, match: 'admin1' });
    expect(found!.confidence).toBeLessThan(CONFIDENCE.admin1Seat);
  });

  it('falls back to the admin area when the city is unknown', () => {
    expect(geocode({ city: 'Qwxzzyville', admin1: 'South', country: 'LB' })).toMatchObject({
      geonameId: SIDON,
      match: 'admin1',
    });
  });

  it('needs the country to read an admin area', () => {
    expect(geocode({ admin1: 'Mount Lebanon' })).toBeNull();
  });
});

describe('other countries', () => {
  it('finds Manila and Quezon City in the Philippines', () => {
    expect(geocode({ city: 'Manila', country: 'PH' })).toMatchObject({ geonameId: MANILA, match: 'name' });
    expect(geocode({ city: 'Quezon City', country: 'PH' })).toMatchObject({ geonameId: QUEZON_CITY });
    expect(id({ city: 'Quezon city', admin1: 'Metro Manila', country: 'Philippines' })).toBe(QUEZON_CITY);
  });

  it('finds Kyiv as Kyiv, Kiev, Київ and Киев', () => {
    for (const city of ['Kyiv', 'Kiev', 'Київ', 'Киев', 'KYIV']) {
      expect(id({ city, country: 'UA' }), city).toBe(KYIV);
    }
  });
});

describe('loading and speed', () => {
  it('finds the bundled file and loads it once', () => {
    expect(defaultGazetteerPath()).toMatch(/resources[/\\]gazetteer[/\\]gazetteer\.tsv\.gz$/);
    expect(loadGazetteer()).toBe(loadGazetteer());
  });

  it('refuses a missing file with an error that names no data', () => {
    expect(() => readGazetteer('/nonexistent/gazetteer.tsv.gz')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });

  it('loads in under a second', () => {
    const started = performance.now();
    const fresh = readGazetteer(defaultGazetteerPath());
    fresh.geocode({ city: 'Beirut', country: 'LB' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('answers at least 200,000 lookups a second over a roster of repeating towns', () => {
    const gazetteer = loadGazetteer();
    const towns = ['Beirut', 'Tripoli', 'Saida', 'Zahle', 'Jounieh', 'Sour', 'Byblos', 'Baalbek'];
    const roster: GeocodeQuery[] = [];
    for (let i = 0; i < 400; i++) {
      roster.push({ city: `${towns[i % towns.length]}${i % 50 === 0 ? '' : ' '}`, country: 'LB' });
    }
    for (const q of roster) gazetteer.geocode(q);
    const lookups = 400_000;
    const started = performance.now();
    for (let i = 0; i < lookups; i++) gazetteer.geocode(roster[i % roster.length] as GeocodeQuery);
    const perSecond = lookups / ((performance.now() - started) / 1000);
    expect(perSecond).toBeGreaterThan(200_000);
  });

  it('forgets its answers when the normaliser caches are cleared (the vault locks)', () => {
    const gazetteer = loadGazetteer();
    const first = gazetteer.geocode({ city: 'Sidon', country: 'LB' });
    expect(gazetteer.geocode({ city: 'Sidon', country: 'LB' })).toBe(first);
    clearNormaliserCaches();
    const again = gazetteer.geocode({ city: 'Sidon', country: 'LB' });
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
