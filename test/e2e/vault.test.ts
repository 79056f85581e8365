// The vault's life in the real app UI, in Chromium over the loopback bridge: create, look at
// the audit trail, lock, refuse a wrong passphrase, unlock, and lock again when idle.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MusterApi } from '../../shared/api';
import { startBridge, type Bridge } from '../bridge/server';
import { screenshot } from './artifacts';
import { launchChromium, recordPage, type PageRecord } from './browser';
import { createFlowStep, fillCreateVaultForm } from './flow';
import { filesContaining } from './vault-files';

const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer/', import.meta.url));
const OPERATOR = 'Amaka Lindqvist-Oyelaran';
const PASSPHRASE = 'harbour lantern quiet orchard 47';
const WRONG_PASSPHRASE = 'harbour lantern quiet orchard 48';
const SECTIONS = ['People', 'Import', 'Duplicates', 'Map', 'Exports', 'Audit'];
/** Short enough to wait for, long enough that no step of the flow idles that long. */
const IDLE_LOCK_MINUTES = 0.15;

let vaultDir: string;
let browser: Browser;
let context: BrowserContext;
let bridge: Bridge;
let page: Page;
let record: PageRecord;

function sectionLink(name: string): Locator {
  const nav = page.getByRole('navigation', { name: 'Sections' });
  return nav.getByRole('link', { name, exact: true }).or(nav.getByRole('button', { name, exact: true }));
}

beforeAll(async () => {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      'The renderer is not built (out/renderer/index.html is missing): run `npm run build` first. `npm test` builds before it runs the end-to-end tests.',
    );
  }
  vaultDir = mkdtempSync(join(tmpdir(), 'muster-e2e-'));
  bridge = await startBridge({ rendererDir: RENDERER_DIR, vaultDir, idleLockMinutes: IDLE_LOCK_MINUTES });
  bridge.setNextVaultPath('embassy.muster');
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  // Every step is quick; a missing element should fail in seconds, not after Playwright's 30.
  page.setDefaultTimeout(10_000);
  record = recordPage(page, bridge.url);
});

const flowStep = createFlowStep();

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await bridge?.close();
  if (vaultDir) rmSync(vaultDir, { recursive: true, force: true });
});

describe('a vault in the Muster window', () => {
  flowStep('creates a vault from the welcome screen', async () => {
    await page.goto(bridge.url);
    await page.getByRole('button', { name: 'Create a new vault' }).waitFor();
    await expect(page.getByRole('button', { name: 'Open a vault' }).isVisible()).resolves.toBe(true);
    await screenshot(page, '01-welcome.png');

    await fillCreateVaultForm(page, OPERATOR, PASSPHRASE);
    await screenshot(page, '02-create.png');

    await page.getByRole('button', { name: 'Create vault' }).click();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    for (const name of SECTIONS) await expect(sectionLink(name).isVisible()).resolves.toBe(true);
    await page.getByText(`Operator: ${OPERATOR}`).waitFor();
    expect(existsSync(join(vaultDir, 'embassy.muster'))).toBe(true);
    await screenshot(page, '03-workspace.png');
  });

  flowStep('shows the creation in the audit trail', async () => {
    await sectionLink('Audit').click();
    const entry = page.getByRole('row').filter({ hasText: OPERATOR }).filter({ hasText: /creat/i });
    await entry.first().waitFor();
    await screenshot(page, '04-audit.png');
  });

  flowStep('locks, refuses a wrong passphrase and unlocks with the right one', async () => {
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('button', { name: 'Unlock', exact: true }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Sections' }).count()).resolves.toBe(0);
    // The officer's own Lock needs no explanation; the inactivity notice is for the idle lock.
    await expect(page.getByText(/inactivity/i).count()).resolves.toBe(0);

    await page.getByLabel('Passphrase', { exact: true }).fill(WRONG_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong passphrase' }).waitFor();
    await screenshot(page, '05-wrong-passphrase.png');

    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    await page.getByText(`Operator: ${OPERATOR}`).waitFor();
    await screenshot(page, '06-unlocked.png');
  });

  flowStep('locks by itself when the officer is idle, and says why', async () => {
    await page
      .getByRole('button', { name: 'Unlock', exact: true })
      .waitFor({ timeout: IDLE_LOCK_MINUTES * 60_000 + 15_000 });
    await page.getByText(/locked after inactivity/i).waitFor();
    const session = await page.evaluate(() =>
      (window as unknown as { muster: MusterApi }).muster.invoke('session.state', {}),
    );
    expect(session).toMatchObject({ ok: true, value: { state: 'locked' } });
    await screenshot(page, '07-idle-locked.png');
  });

  it('kept every request on the bridge and logged no console error', () => {
    expect(record.foreignRequests).toEqual([]);
    expect(record.failedResponses).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    expect(record.pageErrors).toEqual([]);
  });

  it('left neither the operator name nor the passphrase in clear on disk', () => {
    // Not a vacuous check: the vault and its companions are there to be searched.
    expect(readdirSync(vaultDir)).toContain('embassy.muster');
    expect(filesContaining(vaultDir, OPERATOR)).toEqual([]);
    expect(filesContaining(vaultDir, PASSPHRASE)).toEqual([]);
  });
});
