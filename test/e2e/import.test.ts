// Import and People in the real app UI, in Chromium over the loopback bridge: a generated
// registration file goes through the wizard, then a person is found and opened.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDataset, type DatasetSummary } from '../../electron/engine/synthetic/generator/index';
import { startBridge, type Bridge } from '../bridge/server';
import { screenshot } from './artifacts';
import { launchChromium, recordPage, type PageRecord } from './browser';
import { createFlowStep, fillCreateVaultForm } from './flow';

const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer/', import.meta.url));
const OPERATOR = 'Samir Haddad-Okonkwo';
const PASSPHRASE = 'cedar ferry window amber 2219';
const SOURCE = 'Ministry registrations';
const PEOPLE = 300;

let vaultDir: string;
let dataset: DatasetSummary;
let browser: Browser;
let context: BrowserContext;
let bridge: Bridge;
let page: Page;
let record: PageRecord;

function sectionButton(name: string): Locator {
  return page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });
}

/** The window is a fixed frame that scrolls inside: a taller viewport shows the whole step. */
async function tallScreenshot(name: string, height: number): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: size?.width ?? 1440, height });
  await screenshot(page, name);
  if (size) await page.setViewportSize(size);
}

/** "1,234 people · found in 5 ms" → 1234. */
function leadingCount(text: string | null): number {
  return Number((/^[\d,]+/.exec(text ?? '')?.[0] ?? 'NaN').replace(/,/g, ''));
}

async function countOf(key: string): Promise<number> {
  const text = await page.locator(`[data-count="${key}"]`).textContent();
  return Number((text ?? '').replace(/[^\d]/g, ''));
}

beforeAll(async () => {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      'The renderer is not built (out/renderer/index.html is missing): run `npm run build` first.',
    );
  }
  vaultDir = mkdtempSync(join(tmpdir(), 'muster-e2e-import-'));
  // The files sit in the bridge's folder: its dialogs only hand out paths inside it.
  dataset = await writeDataset({ people: PEOPLE, seed: 20250302 }, join(vaultDir, 'incoming'));
  bridge = await startBridge({ rendererDir: RENDERER_DIR, vaultDir });
  bridge.setNextVaultPath('embassy.muster');
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
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

describe('importing registrations and finding a person', () => {
  flowStep('creates a vault', async () => {
    await page.goto(bridge.url);
    await fillCreateVaultForm(page, OPERATOR, PASSPHRASE);
    await page.getByRole('button', { name: 'Create vault' }).click();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    // An empty vault points the way to Import.
    await page.getByRole('button', { name: 'Go to Import' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
  });

  flowStep('maps the columns of registrations.csv with a live preview', async () => {
    bridge.setNextImportFile('incoming/registrations.csv');
    await page.getByRole('button', { name: 'Choose file…' }).click();
    await page.getByText('registrations.csv').first().waitFor();
    await page.getByLabel('Source', { exact: true }).fill(SOURCE);
    await page.getByRole('button', { name: 'Continue to column mapping' }).click();
    const step = page.getByRole('region', { name: 'Match the columns' });
    await step.waitFor();
    const preview = step.getByRole('table', { name: 'Preview of normalised rows' });
    await preview.waitFor();
    expect(await preview.getByRole('row').count()).toBeGreaterThan(2);
    // Every header of the file is offered for mapping, most of them already matched.
    const selects = step.getByRole('table', { name: /Columns of the file/ }).getByRole('combobox');
    expect(await selects.count()).toBeGreaterThan(5);
    const matched = await selects.evaluateAll(
      (els) => els.filter((e) => (e as HTMLSelectElement).value !== '').length,
    );
    expect(matched).toBeGreaterThan(4);
    await tallScreenshot('10-import-mapping.png', 2300);
  });

  flowStep('imports the file and accounts for every row', async () => {
    const step = page.getByRole('region', { name: 'Match the columns' });
    await step.getByRole('button', { name: /^Import( [\d,]+ rows)?$/ }).click();
    await page.getByRole('heading', { name: 'Import result' }).waitFor({ timeout: 60_000 });
    const rows = dataset.files.find((f) => f.name === 'registrations.csv')?.rows ?? 0;
    expect(await countOf('read')).toBe(rows);
    const imported = await countOf('imported');
    expect(imported).toBeGreaterThan(0);
    expect(
      imported + (await countOf('updated')) + (await countOf('unchanged')) + (await countOf('rejected')),
    ).toBe(rows);
    // The batch is in the history, undoable.
    await page.getByRole('button', { name: /^Undo import #\d+ \(registrations\.csv\)$/ }).waitFor();
    await screenshot(page, '11-import-result.png');
  });

  flowStep('finds an imported person in the People table', async () => {
    await sectionButton('People').click();
    const grid = page.getByRole('grid', { name: 'People' });
    await grid.waitFor();
    await page.getByText(/people · found in \d+ ms/).waitFor();
    const firstRow = grid.locator('.vt-body [role="row"]').first();
    await firstRow.getByRole('gridcell').first().filter({ hasText: /\S/ }).waitFor();
    const surname = (await firstRow.getByRole('gridcell').first().textContent())?.trim() ?? '';
    expect(surname).not.toBe('');

    const status = page.getByRole('status').filter({ hasText: /found in/ });
    const everyone = leadingCount(await status.textContent());
    expect(everyone).toBeGreaterThan(0);
    await page.getByLabel('Search', { exact: true }).fill(surname);
    // The search answers once typing pauses, with fewer people than the whole vault.
    await expect.poll(async () => leadingCount(await status.textContent())).toBeLessThan(everyone);
    await expect(status.textContent()).resolves.toMatch(/^\d+ (person|people) · found in \d+ ms$/);
    const match = grid.locator('.vt-body [role="row"]').filter({ hasText: surname }).first();
    await match.waitFor();
    await screenshot(page, '12-people.png');

    await match.click();
    const panel = page.getByRole('complementary', { name: 'Person details' });
    await panel.getByRole('region', { name: 'Source records' }).getByText(SOURCE).waitFor();
    await expect(
      panel.getByRole('region', { name: 'Source records' }).getByText('registrations.csv').count(),
    ).resolves.toBeGreaterThan(0);
    await panel.getByRole('region', { name: 'Change history' }).waitFor();
    await panel.getByRole('region', { name: 'Household' }).waitFor();
    await tallScreenshot('13-person-detail.png', 1400);
  });

  it('kept every request on the bridge and logged no console error', () => {
    expect(record.foreignRequests).toEqual([]);
    expect(record.failedResponses).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    expect(record.pageErrors).toEqual([]);
  });
});
