import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../electron/engine/geo/gazetteer';
import { encodeGazetteer, type PlaceRow } from '../../../electron/engine/geo/gazetteerFormat';
import { GazetteerIndex } from '../../../electron/engine/geo/gazetteerIndex';
import { placeKey, PLACE_KEY_VERSION } from '../../../electron/engine/geo/gazetteerKeys';

function place(
  id: number,
  name: string,
  country: string,
  admin1: string,
  population: number,
  alts: string[] = [],
): PlaceRow {
  return {
    id,
    name,
    country,
    admin1,
    lat: 10 + id / 1000,
    lon: 20 + id / 1000,
    population,
    rank: '',
    names: [placeKey(name)],
    alternates: alts.map(placeKey),
  };
}

const ADMINS = [
  { code: 'AA.01', name: 'Northland', keys: [placeKey('Northland')] },
  { code: 'AA.02', name: 'Southland', keys: [placeKey('Southland')] },
  { code: 'BB.01', name: 'Eastland', keys: [placeKey('Eastland')] },
];

function gazetteerOf(places: PlaceRow[]): Gazetteer {
  return new Gazetteer(GazetteerIndex.fromText(encodeGazetteer(ADMINS, places)));
}

describe('gazetteer file format', () => {
  it('round-trips places, coordinates to four decimals and names with stray tabs', () => {
    const g = gazetteerOf([{ ...place(1, 'Port\tTown', 'AA', '01', 5000), lat: 1.234567, lon: -2.5 }]);
    expect(g.geocode({ city: 'Port Town', country: 'AA' })).toMatchObject({
      lat: 1.2346,
      lon: -2.5,
      place: 'Port Town, Northland, AA',
      geonameId: 1,
    });
  });

  it('finds every place of a country whose lines are not contiguous', () => {
    const g = gazetteerOf([
      place(1, 'Alpha', 'AA', '01', 100),
      place(2, 'Beta', 'BB', '01', 100),
      place(3, 'Gamma', 'AA', '02', 100),
    ]);
    expect(g.geocode({ city: 'Alpha', country: 'AA' })?.geonameId).toBe(1);
    expect(g.geocode({ city: 'Gamma', country: 'AA' })?.geonameId).toBe(3);
    expect(g.geocode({ city: 'Beta', country: 'AA' })).toBeNull();
  });

  it('refuses a file that is not a gazetteer, or was keyed by another version', () => {
    expect(() => GazetteerIndex.fromText('name,lat,lon\n')).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_VERSION' }),
    );
    const text = encodeGazetteer(ADMINS, [place(1, 'Alpha', 'AA', '01', 1)]);
    const rekeyed = text.replace(`keys=${PLACE_KEY_VERSION}`, `keys=${PLACE_KEY_VERSION + 1}`);
    expect(() => GazetteerIndex.fromText(rekeyed)).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_VERSION' }),
    );
  });

  it('refuses a damaged line when its country is read', () => {
    const text = encodeGazetteer(ADMINS, [place(1, 'Alpha', 'AA', '01', 1)]).replace('\t01\t', '\t');
    const g = new Gazetteer(GazetteerIndex.fromText(text));
    expect(() => g.geocode({ city: 'Alpha', country: 'AA' })).toThrow(
      expect.objectContaining({ code: 'INTERNAL' }),
    );
    expect(() => GazetteerIndex.fromText(text + 'garbage\n')).toThrow(
      expect.objectContaining({ code: 'INTERNAL' }),
    );
  });
});

describe('choosing among places', () => {
  const g = gazetteerOf([
    place(1, 'Twin', 'AA', '01', 9000),
    place(2, 'Twin', 'AA', '02', 800),
    place(3, 'Harbour', 'AA', '02', 700, ['Porto']),
    place(4, 'Porto', 'AA', '01', 50),
    place(5, 'Twin', 'BB', '01', 100_000),
  ]);

  it('takes the most populous of a name, unless the admin area says otherwise', () => {
    expect(g.geocode({ city: 'Twin', country: 'AA' })?.geonameId).toBe(1);
    expect(g.geocode({ city: 'Twin', admin1: 'Southland', country: 'AA' })?.geonameId).toBe(2);
    expect(g.geocode({ city: 'Twin', admin1: '02', country: 'AA' })?.geonameId).toBe(2);
    expect(g.geocode({ city: 'Twin', admin1: 'aa.02', country: 'AA' })?.geonameId).toBe(2);
    expect(g.geocode({ city: 'Twin', admin1: 'AA-02', country: 'AA' })?.geonameId).toBe(2);
  });

  it('places nobody when the name is in several countries and none is given', () => {
    expect(g.geocode({ city: 'Twin' })).toBeNull();
    expect(g.geocode({ city: 'Twin', admin1: 'Eastland' })?.geonameId).toBe(5);
  });

  it('weighs an own name and another name of a bigger place by population, as ambiguous', () => {
    const found = g.geocode({ city: 'Porto', country: 'AA' });
    expect(found).toMatchObject({ geonameId: 3, match: 'alternate' });
    expect(found!.confidence).toBeLessThan(0.6);
  });

  it('takes the most populous place of an admin area that has no seat', () => {
    expect(g.geocode({ admin1: 'Southland', country: 'AA' })).toMatchObject({
      geonameId: 2,
      match: 'admin1',
    });
  });
});
