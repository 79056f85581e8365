// `npm run bench`: performance goals live here, never in timed tests.
// Options: --quick (100k only), --sizes 100000,1000000
// Import and search figures come from one child process per size (see importFull.bench.ts).
import { parseArgs } from 'node:util';
import { benchAreas } from './areas.bench';
import { benchExports } from './exports.bench';
import { benchImportFull } from './importFull.bench';
import { benchMatchQuality, benchMatchSpeed } from './match.bench';
import { benchVault } from './vault.bench';
import { peakRssMiB, report } from './report';

const { values } = parseArgs({ options: { quick: { type: 'boolean' }, sizes: { type: 'string' } } });
const sizes = values.sizes
  ? values.sizes.split(',').map(Number)
  : values.quick
    ? [100_000]
    : [100_000, 1_000_000];

await benchVault(sizes);
for (const n of sizes) await benchImportFull(n);
await benchAreas(1_000_000);
// Quality on 20,000 generated people with ground truth; speed at each size.
await benchMatchQuality(20_000);
for (const n of sizes) await benchMatchSpeed(n);
await benchExports(100_000, 1_000_000);
report({ metric: 'bench.peak_rss_mib', value: peakRssMiB(), unit: 'MiB' });
