// Coordinates as rosters hold them: "33.8938", "33,8938" (comma decimal), "33°53'37.7\"N",
// "35.5 E". Range-checked, and checked against the host country: latitude and longitude typed the
// wrong way round are the commonest error, and show as a point outside the country whose swap
// falls inside it.
import { accept, cellText, reject, type CellInput, type Normalised } from './result';
import { toAsciiDigits } from './text';

export type Axis = 'lat' | 'lon';

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

export interface CheckedPoint {
  lat: number;
  lon: number;
  /** The cells held longitude and latitude the wrong way round; lat/lon above are corrected. */
  swapped: boolean;
  /** Inside the host country's box; null when no host country was given. */
  inCountry: boolean | null;
}

// Coarse boxes (south, west, north, east) for countries where consular crisis units often work,
// widened by MARGIN so that border towns and islands are never called outside. Swap detection only
// needs to tell "inside" from "far away"; the map's boundaries give the exact answer.
const BOXES: Record<string, [number, number, number, number]> = {
  AF: [29.38, 60.52, 38.49, 74.89],
  BD: [20.59, 88.01, 26.63, 92.67],
  EG: [21.99, 24.7, 31.67, 36.9],
  ET: [3.4, 32.99, 14.89, 47.99],
  HT: [18.02, -74.48, 20.09, -71.62],
  ID: [-11.01, 94.97, 6.08, 141.02],
  IL: [29.45, 34.27, 33.34, 35.9],
  IN: [6.75, 68.11, 35.67, 97.4],
  IQ: [29.06, 38.79, 37.38, 48.57],
  JO: [29.18, 34.88, 33.38, 39.3],
  KE: [-4.68, 33.91, 5.03, 41.91],
  LB: [33.05, 35.1, 34.69, 36.63],
  LY: [19.5, 9.39, 33.17, 25.15],
  MA: [27.66, -13.17, 35.92, -1.0],
  MM: [9.6, 92.17, 28.55, 101.17],
  MX: [14.53, -118.4, 32.72, -86.7],
  MZ: [-26.87, 30.22, -10.47, 40.84],
  NP: [26.35, 80.06, 30.45, 88.2],
  PH: [4.59, 116.93, 21.12, 126.6],
  PK: [23.69, 60.87, 37.1, 77.84],
  PS: [31.22, 34.22, 32.55, 35.57],
  SA: [16.35, 34.5, 32.16, 55.67],
  SD: [8.68, 21.82, 22.23, 38.61],
  SO: [-1.68, 40.99, 11.99, 51.41],
  SS: [3.49, 23.44, 12.24, 35.95],
  SY: [32.31, 35.72, 37.32, 42.38],
  TH: [5.61, 97.34, 20.46, 105.64],
  TN: [30.24, 7.52, 37.54, 11.6],
  TR: [35.81, 25.66, 42.11, 44.82],
  UA: [44.38, 22.14, 52.38, 40.23],
  YE: [12.11, 41.81, 19.0, 54.53],
};
const MARGIN = 0.3;

const BOUNDS = new Map<string, Bounds>(
  Object.entries(BOXES).map(([code, [south, west, north, east]]) => [
    code,
    Object.freeze({ south: south - MARGIN, west: west - MARGIN, north: north + MARGIN, east: east + MARGIN }),
  ]),
);

/** The host country's box, when Muster knows it. */
export function countryBounds(country: string | undefined): Bounds | undefined {
  return country ? BOUNDS.get(country.toUpperCase()) : undefined;
}

const LIMIT: Record<Axis, number> = { lat: 90, lon: 180 };
const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
// Degrees, then optional minutes and seconds, marked by symbols or separated by spaces or colons.
const DMS = new RegExp(
  String.raw`^(${NUMBER})\s*(?:°|º|:|\s)\s*(?:(${NUMBER})\s*(?:'|′|:|\s)?\s*)?(?:(${NUMBER})\s*(?:"|″|'')?)?$`,
);

const PLAIN_DECIMAL = /^-?\d{1,3}(?:[.,]\d+)?$/;

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

/** One latitude or longitude. Hemisphere letters N/S/E/W (and O for "ouest/oeste") set the sign. */
export function parseCoordinate(input: CellInput, axis: Axis): Normalised<number> {
  const original = cellText(input);
  let value: number;
  if (typeof input === 'number') {
    value = input;
  } else if (PLAIN_DECIMAL.test(original)) {
    value = Number(original.replace(',', '.'));
  } else {
    let t = toAsciiDigits(original).trim().toUpperCase();
    if (t === '') return accept(original, null);
    let negative = false;
    const hemi = /^([NSEWO])\s*|\s*([NSEWO])$/.exec(t);
    if (hemi) {
      const letter = (hemi[1] ?? hemi[2]) as string;
      const fits = axis === 'lat' ? 'NS'.includes(letter) : 'EWO'.includes(letter);
      if (!fits)
        return reject(
          original,
          'invalid',
          axis === 'lat' ? 'A latitude is north or south.' : 'A longitude is east or west.',
        );
      negative = 'SWO'.includes(letter);
      t = t.replace(hemi[0], '').trim();
    }
    if (t.startsWith('-') || t.startsWith('+')) {
      negative ||= t.startsWith('-');
      t = t.slice(1).trim();
    }
    const sign = negative ? -1 : 1;
    if (/^\d+(?:[.,]\d+)?°?$/.test(t)) {
      value = sign * toNumber(t.replace('°', ''));
    } else {
      const m = DMS.exec(t);
      if (!m) return reject(original, 'unrecognised', 'Not a coordinate Muster can read.');
      const [deg, min, sec] = [
        toNumber(m[1] as string),
        m[2] ? toNumber(m[2]) : 0,
        m[3] ? toNumber(m[3]) : 0,
      ];
      if (min >= 60 || sec >= 60) return reject(original, 'invalid', 'Minutes and seconds run from 0 to 59.');
      value = sign * (deg + min / 60 + sec / 3600);
    }
  }
  if (!Number.isFinite(value)) return reject(original, 'unrecognised', 'Not a coordinate Muster can read.');
  if (Math.abs(value) > LIMIT[axis]) {
    return reject(
      original,
      'out_of_range',
      axis === 'lat' ? 'A latitude lies between -90 and 90.' : 'A longitude lies between -180 and 180.',
    );
  }
  return accept(original, value);
}

function inside(b: Bounds, lat: number, lon: number): boolean {
  return lat >= b.south && lat <= b.north && lon >= b.west && lon <= b.east;
}

/**
 * Checks a point against the host country: a point outside whose swap lies inside is taken as
 * swapped and corrected (swapped: true says so, and the original cells stay beside it).
 */
export function checkPoint(
  lat: number,
  lon: number,
  bounds: Bounds | undefined,
  original = `${lat}, ${lon}`,
): Normalised<CheckedPoint> {
  if (lat === 0 && lon === 0) return reject(original, 'invalid', '0, 0 is a placeholder, not a place.');
  if (!bounds) return accept(original, { lat, lon, swapped: false, inCountry: null });
  if (inside(bounds, lat, lon)) return accept(original, { lat, lon, swapped: false, inCountry: true });
  if (Math.abs(lon) <= 90 && inside(bounds, lon, lat)) {
    return accept(original, { lat: lon, lon: lat, swapped: true, inCountry: true });
  }
  return accept(original, { lat, lon, swapped: false, inCountry: false });
}

/** Both cells of a point at once: parsed, range-checked, checked against the host country. */
export function normalisePoint(
  latInput: CellInput,
  lonInput: CellInput,
  options: { country?: string; bounds?: Bounds } = {},
): Normalised<CheckedPoint> {
  const original = `${cellText(latInput)}, ${cellText(lonInput)}`;
  const lat = parseCoordinate(latInput, 'lat');
  const lon = parseCoordinate(lonInput, 'lon');
  // A swapped pair can put a longitude beyond 90 in the latitude cell; try the swap before refusing.
  if (!lat.ok && lat.code === 'out_of_range' && lon.ok && lon.value !== null) {
    const asLon = parseCoordinate(latInput, 'lon');
    const asLat = parseCoordinate(lonInput, 'lat');
    if (asLon.ok && asLat.ok && asLon.value !== null && asLat.value !== null) {
      const checked = checkPoint(
        asLat.value,
        asLon.value,
        options.bounds ?? countryBounds(options.country),
        original,
      );
      if (checked.ok && checked.value?.inCountry)
        return { ...checked, value: { ...checked.value, swapped: true } };
    }
  }
  if (!lat.ok) return { ...lat, original };
  if (!lon.ok) return { ...lon, original };
  if (lat.value === null && lon.value === null) return accept(original, null);
  if (lat.value === null || lon.value === null)
    return reject(original, 'incomplete', 'A point needs both latitude and longitude.');
  return checkPoint(lat.value, lon.value, options.bounds ?? countryBounds(options.country), original);
}
