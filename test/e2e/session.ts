// One browser on one bridge over a fresh vault folder: what an end-to-end flow opens before its first
// step and closes after its last.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startBridge, type Bridge } from '../bridge/server';
import { launchChromium, recordPage, type PageRecord } from './browser';

// MUSTER_RENDERER_DIR lets a run use a renderer built elsewhere; out/renderer by default.
export const RENDERER_DIR =
  process.env.MUSTER_RENDERER_DIR ?? fileURLToPath(new URL('../../out/renderer/', import.meta.url));

export interface E2eSession {
  vaultDir: string;
  bridge: Bridge;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  record: PageRecord;
}

export async function startSession(options: {
  name: string;
  viewport: { width: number; height: number };
  /** Files the flow needs in the vault folder before the bridge starts. */
  prepare?(vaultDir: string): Promise<unknown>;
}): Promise<E2eSession> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      `The renderer is not built (${RENDERER_DIR}index.html is missing): run \`npm run build\` first.`,
    );
  }
  const vaultDir = mkdtempSync(join(tmpdir(), `muster-e2e-${options.name}-`));
  await options.prepare?.(vaultDir);
  const bridge = await startBridge({ rendererDir: RENDERER_DIR, vaultDir });
  bridge.setNextVaultPath('embassy.muster');
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: options.viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { vaultDir, bridge, browser, context, page, record: recordPage(page, bridge.url) };
}

export async function endSession(session: E2eSession | undefined): Promise<void> {
  await session?.context.close();
  await session?.browser.close();
  await session?.bridge.close();
  if (session) rmSync(session.vaultDir, { recursive: true, force: true });
}
