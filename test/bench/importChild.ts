// Runs in its own process (started by import.bench.ts) so the peak RSS it reports is the import's
// alone: one file through the real pipeline into a new vault, saved, then people searches on the
// result. Prints one JSON object on stdout. Synthetic data only.
// Usage: tsx test/bench/importChild.ts <file> <vault path>
import type { ImportMapping } from '../../shared/imports';
import { runImport } from '../../electron/engine/import/pipeline/runImport';
import { previewImport } from '../../electron/engine/import/pipeline/preview';
import { searchPeople } from '../../electron/engine/people/search';
import type { JobContext } from '../../electron/engine/types';
import { Vault } from '../../electron/engine/vault/vault';
import { percentile, round } from './report';

export interface ImportChildResult {
  importMs: number;
  /** Part of importMs spent rebuilding the person indexes and name search after a bulk load. */
  indexMs: number;
  /** Part of importMs spent encrypting and writing the vault. */
  saveMs: number;
  maxRssMiB: number;
  counts: Record<string, number>;
  search: { kind: string; n: number; p50: number; p99: number; hits: number }[];
}

const PASSPHRASE = 'benchmark passphrase, synthetic data only';
// Headers the suggestions leave open, mapped as an officer would in the wizard.
const EXTRA_COLUMNS = { District: 'admin1', 'Dependants of': 'household_key' } as const;
const SEARCHES_PER_KIND = 100;

function context(onPhase: (phase: string) => void): JobContext {
  let tick = 0;
  return {
    requestId: 'bench',
    signal: new AbortController().signal,
    progress: (u) => onPhase(u.phase),
    // As the engine does: give the event loop a turn now and then.
    checkpoint: () =>
      ++tick % 8 === 0 ? new Promise<void>((resolve) => setImmediate(resolve)) : Promise.resolve(),
  };
}

async function importFile(vault: Vault, path: string) {
  const preview = await previewImport(vault, { path });
  const mapping: ImportMapping = {
    ...preview.mapping,
    columns: { ...preview.mapping.columns, ...EXTRA_COLUMNS },
    country: 'LB',
  };
  let savingAt = 0;
  let indexingAt = 0;
  const t0 = performance.now();
  const outcome = await runImport(
    vault,
    'Bench',
    { path, source: 'registrations', mapping },
    context((phase) => {
      if (phase === 'indexing' && indexingAt === 0) indexingAt = performance.now();
      if (phase === 'saving' && savingAt === 0) savingAt = performance.now();
    }),
    () => new Date(),
  );
  const end = performance.now();
  return {
    ms: end - t0,
    indexMs: indexingAt > 0 && savingAt > 0 ? savingAt - indexingAt : 0,
    saveMs: savingAt > 0 ? end - savingAt : 0,
    counts: outcome.counts,
  };
}

interface Sample {
  given_names: string | null;
  surname: string | null;
  passport_no: string | null;
  phone: string | null;
  email: string | null;
}

/** Another spelling of the same name: vowels written the other common way ("Nur" / "Nour"). */
function respell(name: string): string {
  return name
    .split('ou')
    .map((part) => part.replace(/u/g, 'ou').replace(/ee/g, 'i'))
    .join('u');
}

function queriesOf(samples: Sample[]): Record<string, string[]> {
  const named = samples.filter((s) => s.given_names && s.surname);
  return {
    name: named.map((s) => `${s.given_names} ${s.surname}`),
    name_variant: named.map((s) => respell(`${s.surname} ${s.given_names?.split(' ')[0]}`)),
    surname_prefix: named.map((s) => (s.surname as string).slice(0, 4)),
    passport: samples.filter((s) => s.passport_no).map((s) => (s.passport_no as string).toLowerCase()),
    // Written nationally, as a caller would say it: +961 3 054 344 → 03 054 344.
    phone: samples
      .filter((s) => s.phone?.startsWith('+961'))
      .map((s) => `0${(s.phone as string).slice(4, 5)} ${(s.phone as string).slice(5)}`),
    email: samples.filter((s) => s.email).map((s) => (s.email as string).toUpperCase()),
  };
}

function benchSearches(vault: Vault): ImportChildResult['search'] {
  const samples = vault.query<Sample>(
    `SELECT given_names, surname, passport_no, phone, email FROM person
     WHERE id % 9973 = 17 ORDER BY id LIMIT ${SEARCHES_PER_KIND}`,
  );
  const out: ImportChildResult['search'] = [];
  for (const [kind, queries] of Object.entries(queriesOf(samples))) {
    const times: number[] = [];
    let hits = 0;
    for (const query of queries) {
      const t0 = performance.now();
      const page = searchPeople(vault, { query, filters: {}, sort: 'surname', offset: 0, limit: 50 });
      times.push(performance.now() - t0);
      if (page.total > 0) hits++;
    }
    times.sort((a, b) => a - b);
    out.push({
      kind,
      n: times.length,
      p50: round(percentile(times, 50), 2),
      p99: round(percentile(times, 99), 2),
      hits,
    });
  }
  return out;
}

const [file, vaultPath] = process.argv.slice(2);
if (!file || !vaultPath) {
  process.stderr.write('Usage: tsx test/bench/importChild.ts <file> <vault path>\n');
  process.exit(2);
}
const vault = await Vault.create(vaultPath, PASSPHRASE);
const imported = await importFile(vault, file);
const maxRssMiB = round(process.resourceUsage().maxRSS / 1024, 0);
const search = benchSearches(vault);
await vault.close();
const result: ImportChildResult = {
  importMs: round(imported.ms),
  indexMs: round(imported.indexMs),
  saveMs: round(imported.saveMs),
  maxRssMiB,
  counts: imported.counts,
  search,
};
process.stdout.write(JSON.stringify(result) + '\n');
