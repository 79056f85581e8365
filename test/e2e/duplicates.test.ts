// Duplicates in the real app UI, in Chromium over the loopback bridge: generated registrations
// and rosters are imported through the bridge, the officer runs the search, reads the summary,
// decides pairs with the keyboard, undoes one, opens a merged person and unmerges a record.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MusterApi } from '../../shared/api';
import { writeDataset, type DatasetSummary } from '../../electron/engine/synthetic/generator/index';
import { startBridge, type Bridge } from '../bridge/server';
import { screenshot } from './artifacts';
import { launchChromium, recordPage, type PageRecord } from './browser';
import { createFlowStep, fillCreateVaultForm } from './flow';

// MUSTER_E2E_RENDERER lets a build made elsewhere be tested without touching out/renderer.
const RENDERER_DIR =
  process.env.MUSTER_E2E_RENDERER ?? fileURLToPath(new URL('../../out/renderer/', import.meta.url));
const OPERATOR = 'Leila Haddad';
const PASSPHRASE = 'olive harbour lantern 4471';
const PEOPLE = 300;
const WALK_IN_PHONE = '+9613111222';

let vaultDir: string;
let dataset: DatasetSummary;
let browser: Browser;
let context: BrowserContext;
let bridge: Bridge;
let page: Page;
let record: PageRecord;
let savedThresholds: Thresholds;

interface Thresholds {
  autoLink: number;
  review: number;
}

function sectionButton(name: string): Locator {
  return page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });
}

function pairCard(): Locator {
  return page.getByRole('group', { name: /^Pair under review/ });
}

/** Calls the engine the way the renderer does, from inside the page. */
async function invoke<T>(method: string, params: unknown): Promise<T> {
  const envelope = await page.evaluate(
    async ([m, p]) => {
      const api = (window as unknown as { muster: MusterApi }).muster;
      return api.invoke(m as never, p as never);
    },
    [method, params] as const,
  );
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

/** Imports one generated file with the mapping Muster suggests for it, as an officer accepting it would. */
async function importFile(name: string, source: string): Promise<void> {
  const path = join(vaultDir, 'incoming', name);
  const preview = await invoke<{ mapping: unknown }>('import.preview', { path, source });
  await invoke('import.run', { path, source, mapping: preview.mapping });
}

/** "Pair 2 of 14 · 1 decided now" → [2, 1]. */
async function queuePosition(): Promise<[number, number]> {
  const text = (await page.locator('.review-position').textContent()) ?? '';
  const match = /Pair ([\d,]+) of [\d,]+ · ([\d,]+) decided now/.exec(text);
  return [Number(match?.[1]?.replace(/,/g, '')), Number(match?.[2]?.replace(/,/g, ''))];
}

async function statValue(id: string): Promise<number> {
  const text = await page.locator(`[data-stat="${id}"] dd`).textContent();
  return Number((text ?? '').replace(/[^\d]/g, ''));
}

beforeAll(async () => {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      `The renderer is not built (${RENDERER_DIR}index.html is missing): run \`npm run build\` first.`,
    );
  }
  vaultDir = mkdtempSync(join(tmpdir(), 'muster-e2e-duplicates-'));
  dataset = await writeDataset({ people: PEOPLE, seed: 20250302 }, join(vaultDir, 'incoming'));
  // One person written twice, once in Latin letters with a very long name and once in Arabic
  // script: the screens must keep both readable (wrapping, right-to-left) side by side.
  writeFileSync(
    join(vaultDir, 'incoming', 'walk-ins.csv'),
    [
      'Given names,Surname,Date of birth,Phone,Nationality',
      `Mohamed Abdelrahman Khalil Ibrahim Abdelaziz,EL-HASSAN AL-MASRI BIN ABDULLAH AL-TRIPOLITANI,03/04/1988,${WALK_IN_PHONE},LB`,
      `محمد عبد الرحمن,الحسن,03/04/1988,${WALK_IN_PHONE},LB`,
    ].join('\n'),
  );
  bridge = await startBridge({ rendererDir: RENDERER_DIR, vaultDir });
  bridge.setNextVaultPath('embassy.muster');
  browser = await launchChromium();
  // The smallest window the app is designed for.
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  record = recordPage(page, bridge.url);
});

const flowStep = createFlowStep();

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await bridge?.close();
  if (vaultDir) rmSync(vaultDir, { recursive: true, force: true });
});

describe('finding duplicates and reviewing them', () => {
  flowStep('creates a vault and imports registrations and rosters through the bridge', async () => {
    await page.goto(bridge.url);
    await fillCreateVaultForm(page, OPERATOR, PASSPHRASE);
    await page.getByRole('button', { name: 'Create vault' }).click();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    const files = dataset.files
      .map((f) => f.name)
      .filter((n) => n.startsWith('registrations') || n.startsWith('roster'));
    expect(files.length).toBeGreaterThan(2);
    for (const name of files)
      await importFile(name, name.startsWith('roster') ? `Roster ${name}` : 'Ministry registrations');
    await importFile('walk-ins.csv', 'Consulate walk-ins');
  });

  flowStep('runs the search with its phases and shows the summary', async () => {
    await sectionButton('Duplicates').click();
    await page.getByRole('heading', { level: 1, name: 'Duplicates' }).waitFor();
    await page.getByText(/records have not been checked for duplicates yet/).waitFor();
    await page.getByRole('button', { name: 'Find duplicates' }).click();
    const summary = page.getByRole('region', { name: 'Last run' });
    await summary.waitFor({ timeout: 60_000 });
    expect(await statValue('pairs')).toBeGreaterThan(0);
    expect(await statValue('merged')).toBeGreaterThan(0);
    // Every blocking rule says how many pairs it found.
    expect(await summary.locator('[data-rule]').count()).toBeGreaterThan(2);
    await page.getByText('Every record has been matched.').waitFor();
    await screenshot(page, '20-duplicates-summary.png');
  });

  flowStep('counts pairs per band live as the thresholds move, and applies them', async () => {
    await page.getByRole('tab', { name: 'Score bands' }).click();
    const review = page.locator('[data-band="review"] .band-count-number');
    const reviewCount = async (): Promise<number> =>
      Number(((await review.textContent()) ?? '').replace(/[^\d]/g, ''));
    await expect.poll(async () => (await review.textContent()) ?? '…').not.toBe('…');
    const before = await reviewCount();
    savedThresholds = (await invoke<{ settings: { thresholds: Thresholds } }>('match.summary', {})).settings
      .thresholds;
    // The widest review band (lowest review threshold, highest auto-link threshold) sends every
    // stored pair to the officer, whatever the model scored: the queue then has work for the keys.
    const reviewThreshold = page.getByLabel('Review threshold', { exact: true });
    await reviewThreshold.fill((await reviewThreshold.getAttribute('min')) ?? '');
    await expect.poll(reviewCount).toBeGreaterThanOrEqual(before);
    const autoLink = page.getByLabel('Auto-link threshold', { exact: true });
    await autoLink.fill((await autoLink.getAttribute('max')) ?? '');
    await expect.poll(reviewCount).toBeGreaterThan(before);
    expect(await reviewCount()).toBeGreaterThanOrEqual(3);
    await screenshot(page, '23-score-bands.png');
    await page.getByRole('button', { name: 'Apply thresholds' }).click();
    await page.getByText('Thresholds saved. Persons were regrouped from the stored scores.').waitFor();
  });

  flowStep('decides pairs with the keyboard and undoes the last one', async () => {
    await page.getByRole('tab', { name: 'Review queue' }).click();
    await pairCard().waitFor();
    await pairCard()
      .getByText(/Open person of the left record/)
      .waitFor();
    await pairCard().scrollIntoViewIfNeeded();
    await screenshot(page, '21-review-pair.png');

    // Focus is still on the tab just clicked: the keys work from anywhere in the section, and
    // the next pair then takes focus so the arrows stay with the queue.
    await page.keyboard.press('m');
    await expect.poll(queuePosition).toEqual([2, 1]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('group');
    await page.keyboard.press('n');
    await expect.poll(queuePosition).toEqual([3, 2]);
    await page.keyboard.press('u');
    await expect.poll(queuePosition).toEqual([2, 1]);
    await page.keyboard.press('s');
    await expect.poll(queuePosition).toEqual([3, 2]);
    const decisions = await invoke<{ decisions: { match: number; not_match: number; skip: number } }>(
      'match.summary',
      {},
    );
    expect(decisions.decisions).toEqual({ match: 1, not_match: 0, skip: 1 });
    // Arrows go back to the first pair, which shows its decision.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await pairCard().getByText('Decided: Match').waitFor();
  });

  flowStep('opens the merged person from the queue and unmerges a record', async () => {
    await pairCard().getByRole('button', { name: 'Open person of the left record' }).click();
    const records = page.getByRole('region', { name: 'Source records' });
    await records.waitFor();
    const before = await records.getByRole('button', { name: /^Unmerge record #\d+$/ }).count();
    expect(before).toBeGreaterThanOrEqual(2);
    await page.getByRole('group', { name: 'Which value a merged person shows' }).waitFor();
    await screenshot(page, '22-merged-person.png');

    const last = records.getByRole('button', { name: /^Unmerge record #\d+$/ }).last();
    const label = (await last.getAttribute('aria-label')) ?? '';
    const unmergedId = Number(/#(\d+)/.exec(label)?.[1]);
    await last.click();
    await records.getByRole('button', { name: 'Confirm unmerge' }).click();
    await page.getByText(new RegExp(`Record #${unmergedId} .* is now a person of its own`)).waitFor();
    const alone = await invoke<{ records: unknown[] }>('match.cluster', { id: unmergedId });
    expect(alone.records).toHaveLength(1);
    // Every step was audited, in the order the officer took them (newest first).
    const audit = await invoke<{ action: string }[]>('audit.list', { limit: 20 });
    expect(audit.map((a) => a.action).filter((a) => a.startsWith('match.'))).toEqual([
      'match.unmerge',
      'match.decide.skip',
      'match.undoDecision',
      'match.decide.not_match',
      'match.decide.match',
      'match.setThresholds',
      'match.run',
    ]);
    await page.getByRole('button', { name: 'Back to the review queue' }).click();
    await pairCard().waitFor();
  });

  flowStep('lists merged persons and opens one', async () => {
    await page.getByRole('tab', { name: 'Merged persons' }).click();
    const list = page.getByRole('table', { name: 'Merged persons, largest first' });
    await list.waitFor();
    const first = list.getByRole('row').nth(1);
    expect(Number(await first.getByRole('cell').nth(2).textContent())).toBeGreaterThanOrEqual(2);
    await screenshot(page, '25-merged-persons.png');
    await first.getByRole('button').click();
    await page.getByRole('button', { name: 'Back to merged persons' }).click();
    await list.waitFor();
  });

  flowStep('shows a merged person from the People panel, Arabic and long names readable', async () => {
    // Back to the model's own thresholds, under which the two walk-in records link.
    await invoke('match.setThresholds', { thresholds: savedThresholds });
    await sectionButton('People').click();
    await page.getByLabel('Search', { exact: true }).fill(WALK_IN_PHONE);
    const grid = page.getByRole('grid', { name: 'People' });
    const arabic = grid.locator('.vt-body [role="row"]').filter({ hasText: 'الحسن' }).first();
    await arabic.click();
    const panel = page.getByRole('complementary', { name: 'Person details' });
    await panel.getByRole('region', { name: 'Duplicates' }).getByRole('button').click();
    const dialog = page.getByRole('dialog', { name: 'Merged person' });
    const records = dialog.getByRole('region', { name: 'Source records' });
    await records.getByText('محمد عبد الرحمن').waitFor();
    expect(await records.getByText('محمد عبد الرحمن').getAttribute('dir')).toBe('auto');
    // Nothing in the dialog is wider than the dialog: long names wrap.
    const overflow = await dialog.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, '24-merged-person-dialog.png');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // One Escape closes the dialog only; the person panel stays.
    await panel.waitFor();
  });

  it('kept every request on the bridge and logged no console error', () => {
    expect(record.foreignRequests).toEqual([]);
    expect(record.failedResponses).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    expect(record.pageErrors).toEqual([]);
  });
});
