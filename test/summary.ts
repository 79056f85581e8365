// Ends `npm test` with one plain line CI can read: "Tests: X passed, Y failed, Z skipped".
// Each vitest run writes a JSON report into test/artifacts/vitest-<name>.json; this sums them.
//   tsx test/summary.ts --reset            forget the reports of an earlier run
//   tsx test/summary.ts --exit-code <n>    sum this run's reports; n is the exit status of the steps
// Exits non-zero when a test failed, when no test ran, or when a step (typecheck, lint, build…) failed.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const REPORT = /^vitest-.+\.json$/;

export interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

interface FileResult {
  status?: string;
  assertionResults?: { status?: string }[];
}

interface VitestReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  testResults?: FileResult[];
}

/** A test file that failed before any of its tests could (an import error) counts as one failure. */
function filesFailedOutsideTests(report: VitestReport): number {
  return (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
}

export function sumReports(reports: VitestReport[]): Totals {
  const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
  for (const report of reports) {
    totals.passed += report.numPassedTests ?? 0;
    totals.failed += (report.numFailedTests ?? 0) + filesFailedOutsideTests(report);
    totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
  return totals;
}

export function summaryLine(t: Totals): string {
  return `Tests: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`;
}

export function readReports(dir: string): { reports: VitestReport[]; unreadable: string[] } {
  const reports: VitestReport[] = [];
  const unreadable: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => REPORT.test(n));
  } catch {
    return { reports, unreadable };
  }
  for (const name of names.sort()) {
    try {
      reports.push(JSON.parse(readFileSync(join(dir, name), 'utf8')) as VitestReport);
    } catch {
      unreadable.push(name);
    }
  }
  return { reports, unreadable };
}

export function resetReports(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    if (REPORT.test(name)) rmSync(join(dir, name), { force: true });
  }
}

/** Prints the summary and returns the exit status for the whole test run. */
export function report(dir: string, stepsExitCode: number, print: (line: string) => void): number {
  const { reports, unreadable } = readReports(dir);
  const totals = sumReports(reports);
  // An unreadable report means a run whose results are unknown: count it as a failure.
  totals.failed += unreadable.length;
  for (const name of unreadable) print(`Unreadable test report: ${name}`);
  if (stepsExitCode !== 0) print(`A step of the test run failed (exit status ${stepsExitCode}).`);
  if (totals.passed + totals.failed === 0) print('No test ran.');
  print(summaryLine(totals));
  return totals.failed > 0 || totals.passed === 0 || stepsExitCode !== 0 ? 1 : 0;
}

function main(argv: string[]): number {
  if (argv[0] === '--reset') {
    resetReports(ARTIFACTS);
    return 0;
  }
  let stepsExitCode = 0;
  if (argv[0] === '--exit-code') {
    stepsExitCode = Number.parseInt(argv[1] ?? '', 10);
    if (!Number.isInteger(stepsExitCode)) stepsExitCode = 1;
  }
  return report(ARTIFACTS, stepsExitCode, (line) => console.log(line));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
