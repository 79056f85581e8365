// The bridge's `window.muster` in a real browser, against a stand-in engine and a tiny page,
// so the transport is proven independently of the app build.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MusterApi } from '../../shared/api';
import { FakeEngine } from '../bridge/fake-engine';
import { startBridge, type Bridge } from '../bridge/server';
import { launchChromium, recordPage, type PageRecord } from './browser';

/** What the test page and the tests themselves put on `window`. */
type TestWindow = Window & {
  muster: MusterApi;
  seenAtStartup?: string;
  inlineRan?: boolean;
  received?: unknown[];
};

// The app module records what it found when it started; an inline script must be blocked.
const INDEX = `<!doctype html>
<html><head><meta charset="utf-8"><title>bridge</title>
<script>window.inlineRan = true;</script>
<script type="module" src="./app.js"></script>
</head><body><main id="root">loading</main></body></html>`;
const APP = `window.seenAtStartup = typeof window.muster;
document.getElementById('root').textContent = 'ready';`;

let root: string;
let browser: Browser;
let engine: FakeEngine;
let bridge: Bridge;
let page: Page;
let record: PageRecord;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'muster-bridge-client-'));
  mkdirSync(join(root, 'renderer'));
  mkdirSync(join(root, 'vaults'));
  writeFileSync(join(root, 'renderer', 'index.html'), INDEX);
  writeFileSync(join(root, 'renderer', 'app.js'), APP);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

beforeEach(async () => {
  engine = new FakeEngine();
  bridge = await startBridge({
    rendererDir: join(root, 'renderer'),
    vaultDir: join(root, 'vaults'),
    engineFactory: engine.factory,
  });
  page = await browser.newPage();
  record = recordPage(page, bridge.url);
  await page.goto(bridge.url);
  await page.getByText('ready').waitFor();
});

afterEach(async () => {
  await page.close();
  await bridge.close();
});

describe('window.muster over the loopback bridge', () => {
  it('exists before the app module runs, frozen like a contextBridge object', async () => {
    expect(await page.evaluate(() => (window as unknown as TestWindow).seenAtStartup)).toBe('object');
    const tampered = await page.evaluate(() => {
      const api = (window as unknown as TestWindow).muster;
      try {
        (window as unknown as { muster: unknown }).muster = { invoke: () => 'spoofed' };
      } catch {
        // Assignment throws in strict code; either way it must not take effect.
      }
      return {
        same: (window as unknown as TestWindow).muster === api,
        frozen: Object.isFrozen(api),
      };
    });
    expect(tampered).toEqual({ same: true, frozen: true });
  });

  it('invoke returns the engine envelope and carries the caller request id', async () => {
    const envelope = await page.evaluate(() =>
      (window as unknown as TestWindow).muster.invoke('audit.list', { limit: 5 }, { requestId: 'job-7' }),
    );
    expect(envelope).toEqual({ ok: true, value: { echoed: 'audit.list' } });
    expect(engine.calls).toEqual([{ method: 'audit.list', params: { limit: 5 }, requestId: 'job-7' }]);
  });

  it('invoke returns validation errors as values', async () => {
    const envelope = await page.evaluate(() =>
      (window as unknown as TestWindow).muster.invoke('session.setIdleLock', { minutes: 0 }),
    );
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(engine.calls).toEqual([]);
  });

  it('invoke answers with an error value, not a rejection, when the bridge is gone', async () => {
    await bridge.close();
    const envelope = await page.evaluate(() =>
      (window as unknown as TestWindow).muster.invoke('session.state', {}),
    );
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('on delivers engine events to listeners until they unsubscribe', async () => {
    await page.evaluate(() => {
      const win = window as unknown as TestWindow;
      const received: unknown[] = (win.received = []);
      const off = win.muster.on('vault.locked', (payload) => {
        received.push(payload);
        off();
      });
      win.muster.on('job.progress', (payload) => received.push(payload.phase));
    });
    await bridge.waitForEventListeners(1);
    engine.emit('vault.locked', { reason: 'idle' });
    engine.emit('vault.locked', { reason: 'user' });
    engine.emit('job.progress', {
      requestId: 'r',
      method: 'm',
      phase: 'reading',
      done: 1,
      total: 2,
      rate: 1,
      etaSeconds: 1,
    });
    await page.waitForFunction(() => (window as unknown as TestWindow).received?.length === 2);
    expect(await page.evaluate(() => (window as unknown as TestWindow).received)).toEqual([
      { reason: 'idle' },
      'reading',
    ]);
  });

  it('runs under the app CSP: inline scripts and other origins are blocked', async () => {
    expect(await page.evaluate(() => (window as unknown as TestWindow).inlineRan)).toBeUndefined();
    const reached = await page.evaluate(() =>
      fetch('http://192.0.2.1/').then(
        () => true,
        () => false,
      ),
    );
    expect(reached).toBe(false);
    expect(record.consoleErrors.join('\n')).toMatch(/Content Security Policy/);
    expect(record.pageErrors).toEqual([]);
  });
});
