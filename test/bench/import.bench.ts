// Import normalisation cost per row: every cell through sanitiseCell, then the field normalisers,
// on synthetic rows written the way real rosters write them (national phone numbers, DD/MM/YYYY,
// "SURNAME, Given", comma decimals). Goal: a few microseconds a row, so 1M rows fit in ~10 s.
// Run alone with `npx tsx test/bench/import.bench.ts [rows]`, or from run.ts.
import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import maxMetadata from 'libphonenumber-js/metadata.max.json';
import { pathToFileURL } from 'node:url';
import { sanitiseCell } from '../../electron/engine/import/normalise/cells';
import { normalisePoint } from '../../electron/engine/import/normalise/coordinates';
import { normaliseDate } from '../../electron/engine/import/normalise/dates';
import { normaliseDocumentNumber } from '../../electron/engine/import/normalise/documents';
import { normaliseEmail } from '../../electron/engine/import/normalise/email';
import { nameKeys, normaliseName, splitFullName } from '../../electron/engine/import/normalise/names';
import { normaliseNationality } from '../../electron/engine/import/normalise/nationality';
import { PhoneNormaliser } from '../../electron/engine/import/normalise/phones';
import { normaliseSex } from '../../electron/engine/import/normalise/sex';
import { generatePeople } from '../../electron/engine/synthetic/people';
import { report, round } from './report';

type Row = string[];

function messyRows(count: number): Row[] {
  const rows: Row[] = [];
  generatePeople(count, 42, (p, i) => {
    const [y, m, d] = p.date_of_birth.split('-');
    const nsn = p.phone.slice(4); // +961 3xxxxxx → 3xxxxxx
    rows.push([
      p.source_key,
      i % 2 ? `${p.surname.toUpperCase()}, ${p.given_names}` : p.full_name,
      `${d}/${m}/${y}`,
      i % 3 ? p.sex : p.sex === 'F' ? 'Female' : 'Male',
      i % 2 ? 'Filipino' : 'PHILIPPINES',
      `${p.passport_no.slice(0, 3)} ${p.passport_no.slice(3)}`,
      i % 4 ? `0${nsn.slice(0, 1)} ${nsn.slice(1, 4)} ${nsn.slice(4)}` : `+961 ${nsn}`,
      p.email,
      String(p.lat).replace('.', i % 2 ? ',' : '.'),
      String(p.lon),
      p.city,
      p.admin1,
      p.employer,
      p.special_needs,
      p.registered_on,
    ]);
  });
  return rows;
}

function normaliseRow(row: Row, phones: PhoneNormaliser, today: Date): number {
  const cells = row.map((c) => sanitiseCell(c).value);
  const name = normaliseName(cells[1]);
  let keys = 0;
  if (name.ok && name.value) {
    const split = splitFullName(name.value);
    const k = nameKeys(name.value);
    keys += k.match.length + k.skeleton.length + split.surname.length;
  }
  const results = [
    normaliseDate(cells[2], { kind: 'birth', order: 'DMY', today }),
    normaliseSex(cells[3]),
    normaliseNationality(cells[4]),
    normaliseDocumentNumber(cells[5], 'passport'),
    phones.normalise(cells[6]),
    normaliseEmail(cells[7]),
    normalisePoint(cells[8], cells[9], { country: 'LB' }),
    normaliseDate(cells[14], { kind: 'event', today }),
  ];
  return keys + results.filter((r) => r.ok).length;
}

export function benchImportNormalise(count: number): void {
  const rows = messyRows(count);
  const today = new Date();
  const phones = new PhoneNormaliser('LB');
  // Warm up: compile regular expressions and indexes, let the JIT settle.
  for (const row of rows.slice(0, 5000)) normaliseRow(row, phones, today);

  // CPU time as well as wall time: on a busy two-core machine the wall clock also counts other work.
  let sink = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const row of rows) sink += normaliseRow(row, phones, today);
  const cpu = process.cpuUsage(c0);
  const perRowUs = ((performance.now() - t0) * 1000) / count;
  const perRowCpuUs = (cpu.user + cpu.system) / count;
  report({
    metric: 'import.normalise_row',
    value: round(perRowUs, 2),
    unit: 'µs',
    n: count,
    goal: '≤ 10 µs',
  });
  report({
    metric: 'import.normalise_row_cpu',
    value: round(perRowCpuUs, 2),
    unit: 'µs',
    n: count,
    goal: '≤ 10 µs',
  });

  const numbers = rows.map((r) => r[6] as string);
  const fresh = new PhoneNormaliser('LB');
  const t1 = performance.now();
  for (const n of numbers) sink += fresh.normalise(n).ok ? 1 : 0;
  const fastUs = ((performance.now() - t1) * 1000) / count;
  const t2 = performance.now();
  for (const n of numbers) sink += parsePhoneNumberFromString(n, 'LB', maxMetadata)?.isValid() ? 1 : 0;
  const libraryUs = ((performance.now() - t2) * 1000) / count;
  report({
    metric: 'import.phone',
    value: round(fastUs, 2),
    unit: 'µs',
    n: count,
    baseline: round(libraryUs, 2),
    ratio: round(libraryUs / fastUs, 1),
  });
  if (sink < 0) throw new Error('unreachable');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchImportNormalise(Number(process.argv[2] ?? 200_000));
}
