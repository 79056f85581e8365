// The bundled gazetteer's text format (gzip'd TSV), written by test/gen/build-gazetteer.ts and
// read by the engine. One header line, then one line per admin area and per place:
//   muster-gazetteer <TAB> 1 <TAB> keys=<PLACE_KEY_VERSION>
//   A <TAB> LB.05 <TAB> Mount Lebanon <TAB> mountlebanon
//   P <TAB> geonameId <TAB> name <TAB> CC <TAB> admin1 <TAB> lat <TAB> lon <TAB> population <TAB> rank <TAB> keys <TAB> alternate keys
// Keys are placeKey() output (a-z0-9 only), joined with "|". rank: C capital, A admin seat,
// X part of a larger town, empty otherwise.
import { MusterError } from '../../../shared/errors';
import { PLACE_KEY_VERSION } from './gazetteerKeys';

export const GAZETTEER_FORMAT = 'muster-gazetteer';
export const GAZETTEER_FORMAT_VERSION = 1;

export type PlaceRank = 'C' | 'A' | 'X' | '';

export interface AdminRow {
  /** GeoNames admin1 code with its country: "LB.05". */
  code: string;
  name: string;
  keys: string[];
}

export interface PlaceRow {
  id: number;
  name: string;
  country: string;
  admin1: string;
  lat: number;
  lon: number;
  population: number;
  rank: PlaceRank;
  /** Keys of the place's own name (as written and in ASCII). */
  names: string[];
  /** Keys of its other names: other languages, scripts, spellings. */
  alternates: string[];
}

function clean(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

/** Four decimals (about 11 m) is finer than any city centre needs. */
function coordinate(value: number): string {
  return String(Number(value.toFixed(4)));
}

export function encodeGazetteer(admins: readonly AdminRow[], places: readonly PlaceRow[]): string {
  const lines = [`${GAZETTEER_FORMAT}\t${GAZETTEER_FORMAT_VERSION}\tkeys=${PLACE_KEY_VERSION}`];
  for (const a of admins) lines.push(['A', a.code, clean(a.name), a.keys.join('|')].join('\t'));
  for (const p of places) {
    lines.push(
      [
        'P',
        p.id,
        clean(p.name),
        p.country,
        clean(p.admin1),
        coordinate(p.lat),
        coordinate(p.lon),
        p.population,
        p.rank,
        p.names.join('|'),
        p.alternates.join('|'),
      ].join('\t'),
    );
  }
  return lines.join('\n') + '\n';
}

/** Checks the header line and returns where the first record starts. */
export function readGazetteerHeader(text: string): number {
  const headerEnd = text.indexOf('\n');
  const header = text.slice(0, headerEnd < 0 ? text.length : headerEnd).split('\t');
  if (header[0] !== GAZETTEER_FORMAT || header[1] !== String(GAZETTEER_FORMAT_VERSION)) {
    throw new MusterError(
      'UNSUPPORTED_VERSION',
      'The place-name file is not a Muster gazetteer of a supported version.',
    );
  }
  if (header[2] !== `keys=${PLACE_KEY_VERSION}`) {
    throw new MusterError(
      'UNSUPPORTED_VERSION',
      'The place-name file was built for another version of Muster: rebuild it with `npm run gazetteer`.',
    );
  }
  return headerEnd < 0 ? text.length : headerEnd + 1;
}

export function damaged(): MusterError {
  return new MusterError('INTERNAL', 'The place-name file is damaged: rebuild it with `npm run gazetteer`.');
}

/** An "A" line (without its newline). */
export function decodeAdmin(line: string): AdminRow {
  const f = line.split('\t');
  if (f[0] !== 'A' || f.length !== 4) throw damaged();
  return { code: f[1] as string, name: f[2] as string, keys: splitKeys(f[3] as string) };
}

/** Calls back once per "P" line of `lines`, in order, without building an array of rows. */
export function decodePlaces(lines: string, onPlace: (row: PlaceRow) => void): void {
  let start = 0;
  while (start < lines.length) {
    let end = lines.indexOf('\n', start);
    if (end < 0) end = lines.length;
    const f = lines.slice(start, end).split('\t');
    start = end + 1;
    if (f.length === 1 && f[0] === '') continue;
    if (f[0] !== 'P' || f.length !== 11) throw damaged();
    onPlace({
      id: Number(f[1]),
      name: f[2] as string,
      country: f[3] as string,
      admin1: f[4] as string,
      lat: Number(f[5]),
      lon: Number(f[6]),
      population: Number(f[7]),
      rank: f[8] as PlaceRank,
      names: splitKeys(f[9] as string),
      alternates: splitKeys(f[10] as string),
    });
  }
}

function splitKeys(field: string): string[] {
  return field ? field.split('|') : [];
}
