// Temporary: times people searches on an existing vault (synthetic data only).
import { searchPeople } from '../../electron/engine/people/search';
import { Vault } from '../../electron/engine/vault/vault';
import { percentile, round } from './report';

const PASSPHRASE = 'benchmark passphrase, synthetic data only';
interface Sample {
  given_names: string | null;
  surname: string | null;
  passport_no: string | null;
  phone: string | null;
  email: string | null;
}
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
    given_only: named.map((s) => (s.given_names as string).split(' ')[0] as string),
    short: named.map((s) => (s.surname as string).slice(0, 2)),
    passport: samples.filter((s) => s.passport_no).map((s) => (s.passport_no as string).toLowerCase()),
  };
}
const [vaultPath, kindsArg, verbose] = process.argv.slice(2);
const vault = await Vault.open(vaultPath as string, PASSPHRASE, { readOnly: true });
const samples = vault.query<Sample>(
  `SELECT given_names, surname, passport_no, phone, email FROM person WHERE id % 9973 = 17 ORDER BY id LIMIT 100`,
);
const kinds = kindsArg && kindsArg !== 'all' ? kindsArg.split(',') : null;
for (const [kind, queries] of Object.entries(queriesOf(samples))) {
  if (kinds && !kinds.includes(kind)) continue;
  const times: { ms: number; q: string; total: number }[] = [];
  for (const sort of ['surname'] as const) {
    for (const query of queries) {
      const t0 = performance.now();
      const page = searchPeople(vault, { query, filters: {}, sort, offset: 0, limit: 50 });
      times.push({ ms: performance.now() - t0, q: query, total: page.total });
    }
  }
  times.sort((a, b) => a.ms - b.ms);
  const ms = times.map((t) => t.ms);
  console.log(kind, 'n', ms.length, 'p50', round(percentile(ms, 50), 2), 'p99', round(percentile(ms, 99), 2), 'max', round(ms[ms.length - 1] as number, 1));
  if (verbose) for (const t of times.slice(-5)) console.log('   ', round(t.ms, 1), t.total, JSON.stringify(t.q));
}
await vault.close();
