// Helpers shared by the end-to-end flows, whose steps build on one another.
import type { Page } from 'playwright-core';
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
