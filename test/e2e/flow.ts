// Helpers shared by the end-to-end flows, whose steps build on one another.
import type { Page } from 'playwright-core';
import type { MusterApi } from '../../shared/api';
import type { Bridge } from '../bridge/server';
import { it, onTestFailed } from 'vitest';

/**
 * Returns an `it` for a flow: once one step fails, the later steps are skipped, since they would
 * only time out waiting for a screen the failed step never reached.
 */
export function createFlowStep(): (name: string, body: () => Promise<void>) => void {
  let broken = false;
  return (name, body) => {
    it(name, async (ctx) => {
      if (broken) ctx.skip();
      onTestFailed(() => {
        broken = true;
      });
      await body();
    });
  };
}

/** From the welcome screen: opens "Create a new vault", takes the bridge's path and fills the form. */
export async function fillCreateVaultForm(page: Page, operator: string, passphrase: string): Promise<void> {
  await page.getByRole('button', { name: 'Create a new vault' }).click();
  await page.getByRole('button', { name: 'Choose location…' }).click();
  await page.getByText('embassy.muster').first().waitFor();
  await page.getByLabel('Your name', { exact: true }).fill(operator);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Confirm passphrase', { exact: true }).fill(passphrase);
}

/** In an open vault: imports a file through the wizard with its suggested mapping, up to the result. */
export async function importThroughWizard(
  page: Page,
  bridge: Pick<Bridge, 'setNextImportFile'>,
  file: string,
  source: string,
): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Import', exact: true })
    .click();
  bridge.setNextImportFile(file);
  await page.getByRole('button', { name: 'Choose file…' }).click();
  await page.getByLabel('Source', { exact: true }).fill(source);
  await page.getByRole('button', { name: 'Continue to column mapping' }).click();
  const step = page.getByRole('region', { name: 'Match the columns' });
  await step.getByRole('table', { name: 'Preview of normalised rows' }).waitFor();
  await step.getByRole('button', { name: /^Import( [\d,]+ rows)?$/ }).click();
  await page.getByRole('heading', { name: 'Import result' }).waitFor({ timeout: 60_000 });
}

/** Calls the engine the way the page does, to compare what the screen shows with its answer. */
export async function engineCall<T>(page: Page, method: string, params: unknown): Promise<T> {
  const envelope = await page.evaluate(
    ([m, p]) => (window as unknown as { muster: MusterApi }).muster.invoke(m as never, p as never),
    [method, params] as const,
  );
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.message}`);
  return envelope.value as T;
}

/** The number an element marked `data-count="<key>"` shows. */
export async function shownCount(page: Page, key: string): Promise<number> {
  const text = await page.locator(`[data-count="${key}"]`).first().textContent();
  return Number((text ?? '').replace(/[^\d]/g, ''));
}
