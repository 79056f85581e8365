// npx tsx test/gen/build-basemap.ts [--out DIR]
// Builds the offline world basemap in resources/basemap/ from installed packages only:
// Natural Earth countries (world-atlas, 1:50m TopoJSON) and major places and admin-1 names
// from the bundled GeoNames gazetteer. Same inputs, same bytes: features are sorted.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { boundaryFeatures, countryFeatures, countryLabels } from './basemap/countries';
import { placeFeatures } from './basemap/places';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const GAZETTEER = resolve(ROOT, 'resources/gazetteer/gazetteer.tsv.gz');
export const DEFAULT_OUT = resolve(ROOT, 'resources/basemap');

function write(dir: string, name: string, features: unknown[]): number {
  const text = JSON.stringify({ type: 'FeatureCollection', features });
  writeFileSync(join(dir, name), text);
  return text.length;
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const out = values.out ? resolve(values.out) : DEFAULT_OUT;
  const started = Date.now();
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const countries = countryFeatures(topology);
  const places = placeFeatures(gunzipSync(readFileSync(GAZETTEER)).toString('utf8'));
  mkdirSync(out, { recursive: true });
  const sizes = [
    write(out, 'countries.json', countries),
    write(out, 'boundaries.json', boundaryFeatures(topology)),
    write(out, 'labels.json', [...countryLabels(countries), ...places]),
  ];
  const total = sizes.reduce((a, b) => a + b, 0);
  process.stdout.write(
    `Wrote ${out}: ${countries.length} countries, ${places.length} places, ` +
      `${(total / 1024 / 1024).toFixed(2)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

main();
