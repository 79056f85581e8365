// Debian's Chromium driven by playwright-core, plus the recorders every browser test
// checks at the end: requests that left the bridge, and console errors.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\`.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface PageRecord {
  /** Every URL the page asked for that is not on the bridge's origin. */
  foreignRequests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  /** `<status> <path>` of every answer of 400 or more, to say what a console error was about. */
  failedResponses: string[];
}

export function recordPage(page: Page, bridgeUrl: string): PageRecord {
  const origin = new URL(bridgeUrl).origin;
  const record: PageRecord = { foreignRequests: [], consoleErrors: [], pageErrors: [], failedResponses: [] };
  page.on('request', (request) => {
    const url = request.url();
    // data: and blob: URLs never leave the machine.
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) record.foreignRequests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    record.consoleErrors.push(where ? `${message.text()} (${new URL(where).pathname})` : message.text());
  });
  page.on('pageerror', (error) => record.pageErrors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400)
      record.failedResponses.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  return record;
}
