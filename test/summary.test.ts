import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { report, resetReports, sumReports } from './summary';

let dir: string;
let lines: string[];
const print = (line: string) => lines.push(line);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'muster-summary-'));
  lines = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// The shape vitest's JSON reporter writes, trimmed to what the summary reads.
const unit = {
  numPassedTests: 40,
  numFailedTests: 1,
  numPendingTests: 2,
  numTodoTests: 1,
  testResults: [
    { status: 'failed', assertionResults: [{ status: 'passed' }, { status: 'failed' }] },
    { status: 'passed', assertionResults: [{ status: 'passed' }] },
  ],
};
const e2e = { numPassedTests: 3, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, testResults: [] };

describe('test summary', () => {
  it('sums passed, failed and skipped over every report', () => {
    expect(sumReports([unit, e2e])).toEqual({ passed: 43, failed: 1, skipped: 3 });
  });

  it('counts a test file that failed to load as a failure', () => {
    const broken = {
      numPassedTests: 0,
      numFailedTests: 0,
      testResults: [{ status: 'failed', assertionResults: [] }],
    };
    expect(sumReports([broken, e2e])).toEqual({ passed: 3, failed: 1, skipped: 0 });
  });

  it('ends with the summary line and fails the run when a test failed', () => {
    writeFileSync(join(dir, 'vitest-unit.json'), JSON.stringify(unit));
    writeFileSync(join(dir, 'vitest-e2e.json'), JSON.stringify(e2e));
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ numPassedTests: 1000 }));
    expect(report(dir, 0, print)).toBe(1);
    expect(lines.at(-1)).toBe('Tests: 43 passed, 1 failed, 3 skipped');
  });

  it('passes a clean run', () => {
    writeFileSync(join(dir, 'vitest-e2e.json'), JSON.stringify(e2e));
    expect(report(dir, 0, print)).toBe(0);
    expect(lines).toEqual(['Tests: 3 passed, 0 failed, 0 skipped']);
  });

  it('fails when no test ran, when a step failed, or when a report is unreadable', () => {
    expect(report(dir, 0, print)).toBe(1);
    expect(lines.at(-1)).toBe('Tests: 0 passed, 0 failed, 0 skipped');

    writeFileSync(join(dir, 'vitest-e2e.json'), JSON.stringify(e2e));
    expect(report(dir, 2, print)).toBe(1);

    writeFileSync(join(dir, 'vitest-unit.json'), '{"numPassedTests": 4');
    lines = [];
    expect(report(dir, 0, print)).toBe(1);
    expect(lines.at(-1)).toBe('Tests: 3 passed, 1 failed, 0 skipped');
  });

  it('reset forgets earlier reports and nothing else', () => {
    writeFileSync(join(dir, 'vitest-unit.json'), JSON.stringify(unit));
    writeFileSync(join(dir, '01-welcome.png'), '');
    resetReports(dir);
    expect(readdirSync(dir)).toEqual(['01-welcome.png']);
  });
});
