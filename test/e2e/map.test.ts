// The Map section in Chromium over the loopback bridge, against the real engine: generated
// people are imported, the offline basemap renders, an area is drawn with terra-draw and the
// count of people inside shown on screen is checked against the engine. Every request must
// stay on the bridge (the basemap, the maplibre worker and the labels are the app's own files).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MusterApi } from '../../shared/api';
import type { CrisisArea } from '../../shared/areas';
import { writeDataset } from '../../electron/engine/synthetic/generator/index';
import { startBridge, type Bridge } from '../bridge/server';
import { pmtilesArchive, solidPng } from '../renderer/map/pmtilesArchive';
import { screenshot } from './artifacts';
import { launchChromium, recordPage, type PageRecord } from './browser';
import { createFlowStep, fillCreateVaultForm } from './flow';

// MUSTER_RENDERER_DIR lets a run use a renderer built elsewhere; out/renderer by default.
const RENDERER_DIR =
  process.env.MUSTER_RENDERER_DIR ?? fileURLToPath(new URL('../../out/renderer/', import.meta.url));
const PASSPHRASE = 'harbour lantern maple 4410';
const PEOPLE = 400;

let vaultDir: string;
let browser: Browser;
let context: BrowserContext;
let bridge: Bridge;
let page: Page;
let record: PageRecord;

function sectionButton(name: string): Locator {
  return page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });
}

/** Calls the engine the way the page does, to compare what the screen shows with its answer. */
async function engine<T>(method: string, params: unknown): Promise<T> {
  const envelope = await page.evaluate(
    ([m, p]) => (window as unknown as { muster: MusterApi }).muster.invoke(m as never, p as never),
    [method, params] as const,
  );
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.message}`);
  return envelope.value as T;
}

async function countOf(key: string): Promise<number> {
  const text = await page.locator(`[data-count="${key}"]`).first().textContent();
  return Number((text ?? '').replace(/[^\d]/g, ''));
}

async function canvasBox(): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('The map canvas has no box.');
  return box;
}

/** The centre of the cluster with the most people on screen. */
async function biggestCluster(): Promise<{ x: number; y: number }> {
  const counts = page.locator('.map-count');
  let best = { n: -1, x: 0, y: 0 };
  for (let i = 0; i < (await counts.count()); i++) {
    const text = (await counts.nth(i).textContent()) ?? '';
    const box = await counts.nth(i).boundingBox();
    const n = Number(text.replace(/[^\d]/g, ''));
    if (box && n > best.n) best = { n, x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
  if (best.n < 0) throw new Error('No cluster on screen.');
  return best;
}

/** The map has drawn once the basemap's labels are placed and the people counted. */
async function waitForMap(): Promise<void> {
  await page.locator('.maplibregl-canvas').waitFor();
  await page.locator('[data-count="in-view"]').waitFor();
  await page.locator('.map-label').first().waitFor();
  // Tiles render a frame or two after the last event; a screenshot should not catch them half-drawn.
  await page.waitForTimeout(800);
}

beforeAll(async () => {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      `The renderer is not built (${RENDERER_DIR}index.html is missing): run \`npm run build\` first.`,
    );
  }
  vaultDir = mkdtempSync(join(tmpdir(), 'muster-e2e-map-'));
  await writeDataset({ people: PEOPLE, seed: 20250517 }, join(vaultDir, 'incoming'));
  bridge = await startBridge({ rendererDir: RENDERER_DIR, vaultDir });
  bridge.setNextVaultPath('embassy.muster');
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  record = recordPage(page, bridge.url);
});

const flowStep = createFlowStep();

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await bridge?.close();
  if (vaultDir) rmSync(vaultDir, { recursive: true, force: true });
});

describe('the offline map', () => {
  flowStep('creates a vault and imports generated registrations', async () => {
    await page.goto(bridge.url);
    await fillCreateVaultForm(page, 'Lina Barakat', PASSPHRASE);
    await page.getByRole('button', { name: 'Create vault' }).click();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    await sectionButton('Import').click();
    bridge.setNextImportFile('incoming/registrations.csv');
    await page.getByRole('button', { name: 'Choose file…' }).click();
    await page.getByLabel('Source', { exact: true }).fill('Ministry registrations');
    await page.getByRole('button', { name: 'Continue to column mapping' }).click();
    const step = page.getByRole('region', { name: 'Match the columns' });
    await step.getByRole('table', { name: 'Preview of normalised rows' }).waitFor();
    await step.getByRole('button', { name: /^Import( [\d,]+ rows)?$/ }).click();
    await page.getByRole('heading', { name: 'Import result' }).waitFor({ timeout: 60_000 });
  });

  flowStep('shows the world basemap and the people, with nothing fetched from outside', async () => {
    await sectionButton('Map').click();
    await page.getByRole('heading', { level: 1, name: 'Map' }).waitFor();
    await waitForMap();
    expect(await countOf('in-view')).toBeGreaterThan(0);
    await screenshot(page, '30-map.png');
  });

  flowStep('frames everyone and zooms into the biggest group', async () => {
    await page.getByRole('button', { name: 'Show everyone' }).click();
    await expect.poll(() => page.locator('.map-count').count()).toBeGreaterThan(0);
    // Drag the biggest group to the middle, then zoom in on it, three times over.
    for (let i = 0; i < 3; i++) {
      const biggest = await biggestCluster();
      const box = await canvasBox();
      const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      await page.mouse.move(biggest.x, biggest.y);
      await page.mouse.down();
      await page.mouse.move(centre.x, centre.y, { steps: 8 });
      await page.mouse.up();
      await page.mouse.dblclick(centre.x, centre.y);
      await page.waitForTimeout(1200);
    }
    await expect.poll(() => page.locator('.map-count').count()).toBeGreaterThan(0);
    await screenshot(page, '33-people-zoomed.png');
  });

  flowStep('draws a rectangle and counts who is inside, as the engine does', async () => {
    const box = await canvasBox();
    await page.getByRole('tab', { name: 'Areas' }).click();
    await page
      .getByRole('toolbar', { name: 'Draw an area' })
      .getByRole('button', { name: 'Rectangle' })
      .click();
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.25);
    await page.mouse.move(box.x + box.width * 0.65, box.y + box.height * 0.7, { steps: 5 });
    await page.mouse.click(box.x + box.width * 0.65, box.y + box.height * 0.7);
    const form = page.getByRole('form', { name: 'New area' });
    await form.waitFor();
    await form.getByLabel('Area name').fill('Port district');
    await form.getByLabel('Severity').selectOption('evacuate');
    await form.getByRole('button', { name: 'Save area' }).click();
    await page
      .getByRole('list', { name: 'Areas' })
      .getByRole('button', { name: /Port district/ })
      .waitFor();
    await page.locator('[data-count="inside"]').waitFor();

    const [area] = await engine<CrisisArea[]>('area.list', {});
    if (!area) throw new Error('The drawn area was not stored.');
    const shown = await countOf('inside');
    const inside = await engine<{ total: number }>('area.inside', { id: area.id, limit: 0 });
    expect(shown).toBe(inside.total);
    // A rectangle is its own bounding box: the people in it, counted by another engine path.
    const inBox = await engine<{ total: number }>('map.peopleAt', { bbox: area.bbox, limit: 1 });
    expect(inside.total).toBe(inBox.total);
    expect(inside.total).toBeGreaterThan(0);
    await page.waitForTimeout(800);
    await screenshot(page, '31-area-inside.png');
  });

  flowStep('leaves a half-drawn polygon with Escape', async () => {
    const box = await canvasBox();
    const polygon = page
      .getByRole('toolbar', { name: 'Draw an area' })
      .getByRole('button', { name: 'Polygon' });
    await polygon.click();
    await page.mouse.click(box.x + box.width * 0.8, box.y + box.height * 0.2);
    await page.mouse.click(box.x + box.width * 0.85, box.y + box.height * 0.3);
    await page.keyboard.press('Escape');
    await expect.poll(() => polygon.getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByRole('form', { name: 'New area' }).count()).toBe(0);
    expect((await engine<CrisisArea[]>('area.list', {})).length).toBe(1);
  });

  flowStep('reshapes the rectangle by dragging a corner', async () => {
    const box = await canvasBox();
    const [before] = await engine<CrisisArea[]>('area.list', {});
    await page.getByRole('button', { name: 'Edit outline' }).click();
    await page.getByRole('region', { name: 'Edit outline' }).waitFor();
    // The south-east corner drawn above, pulled further south-east.
    const corner = { x: box.x + box.width * 0.65, y: box.y + box.height * 0.7 };
    await page.mouse.move(corner.x, corner.y);
    await page.mouse.down();
    await page.mouse.move(corner.x + 60, corner.y + 40, { steps: 10 });
    await page.mouse.up();
    await page.getByRole('button', { name: 'Save outline' }).click();
    await page.getByRole('region', { name: 'Edit outline' }).waitFor({ state: 'detached' });
    const [after] = await engine<CrisisArea[]>('area.list', {});
    expect(after!.bbox[2]).toBeGreaterThan(before!.bbox[2]);
    expect(after!.bbox[1]).toBeLessThan(before!.bbox[1]);
    expect(await countOf('inside')).toBe(
      (await engine<{ total: number }>('area.inside', { id: after!.id, limit: 0 })).total,
    );
  });

  flowStep('draws a circle, stored as a round area', async () => {
    const box = await canvasBox();
    await page.getByRole('toolbar', { name: 'Draw an area' }).getByRole('button', { name: 'Circle' }).click();
    const centre = { x: box.x + box.width * 0.75, y: box.y + box.height * 0.35 };
    await page.mouse.click(centre.x, centre.y);
    await page.mouse.move(centre.x + 70, centre.y, { steps: 6 });
    await page.mouse.click(centre.x + 70, centre.y);
    const form = page.getByRole('form', { name: 'New area' });
    await form.getByText(/^Circle of [\d.,]+ km radius$/).waitFor();
    await form.getByLabel('Area name').fill('Blast radius');
    await form.getByLabel('Severity').selectOption('shelter');
    await form.getByRole('button', { name: 'Save area' }).click();
    await page
      .getByRole('list', { name: 'Areas' })
      .getByRole('button', { name: /Blast radius/ })
      .waitFor();
    const circle = (await engine<CrisisArea[]>('area.list', {})).find((a) => a.name === 'Blast radius');
    expect(circle?.geometry.type).toBe('Polygon');
    expect(circle!.vertexCount).toBeGreaterThan(16);
    await page.waitForTimeout(500);
    await screenshot(page, '37-circle.png');
  });

  flowStep('counts the people within 20 km of a point', async () => {
    await page.getByRole('tab', { name: 'Near' }).click();
    await page.getByRole('button', { name: 'Pick a point' }).click();
    // Beside the biggest group, so the answer is not empty.
    const at = await biggestCluster();
    await page.mouse.click(at.x + 4, at.y + 4);
    await page.getByLabel('Within (km)').fill('20');
    await page.getByRole('button', { name: 'Find people' }).click();
    await page.locator('[data-count="near"]').waitFor();
    const point =
      (await page.getByText(/^-?\d+\.\d{4}, -?\d+\.\d{4}$/).textContent())?.split(', ').map(Number) ?? [];
    const near = await engine<{ total: number }>('area.near', {
      target: { kind: 'point', lat: point[0], lon: point[1] },
      km: 20,
      limit: 0,
    });
    expect(await countOf('near')).toBe(near.total);
    expect(near.total).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    await screenshot(page, '34-near.png');
  });

  flowStep('adds an assembly point by clicking and assigns everyone to it', async () => {
    const box = await canvasBox();
    await page.getByRole('tab', { name: 'Assembly' }).click();
    await page.getByRole('button', { name: 'Place a new point' }).click();
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.45);
    const form = page.getByRole('form', { name: 'New assembly point' });
    await form.getByLabel('Name').fill('Embassy');
    await form.getByLabel('Kind').selectOption('embassy');
    await form.getByRole('button', { name: 'Add assembly point' }).click();
    const list = page.getByRole('list', { name: 'Assembly points and their people' });
    await list.getByText(/assigned/).waitFor();
    const assign = await engine<{ total: number }>('assembly.assign', { limit: 0 });
    const shown = Number(
      ((await list.getByText(/assigned/).textContent()) ?? '').replace(/ assigned.*$/, '').replace(/,/g, ''),
    );
    expect(shown).toBe(assign.total);
    expect(shown).toBeGreaterThan(0);
    await page.locator('.map-assembly').first().waitFor();
    await page.waitForTimeout(500);
    await screenshot(page, '35-assembly.png');
  });

  flowStep('draws a street-detail PMTiles file from the disk', async () => {
    const archive = join(vaultDir, 'detail.pmtiles');
    writeFileSync(
      archive,
      pmtilesArchive({ tileType: 2, tile: solidPng([190, 30, 140, 70]), bounds: [34, 32.5, 37, 35] }),
    );
    await page.locator('input[type="file"][accept=".pmtiles"]').setInputFiles(archive);
    await page.getByText('detail.pmtiles').waitFor();
    await page.waitForTimeout(1200);
    await screenshot(page, '36-pmtiles.png');
    await page.getByRole('button', { name: 'Remove' }).click();
    await page.getByText('detail.pmtiles').waitFor({ state: 'detached' });
  });

  flowStep('lists the people of a clicked cluster and opens one', async () => {
    const biggest = await biggestCluster();
    await page.mouse.click(biggest.x, biggest.y);
    const list = page.getByRole('region', { name: 'People here' });
    await list.waitFor();
    await list.getByRole('button').first().click();
    await page.getByRole('complementary', { name: 'Person details' }).waitFor();
    await screenshot(page, '32-cluster-person.png');
  });

  it('kept every request on the bridge and logged no console error', () => {
    expect(record.foreignRequests).toEqual([]);
    expect(record.failedResponses).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    expect(record.pageErrors).toEqual([]);
  });
});
