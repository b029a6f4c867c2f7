import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { systemServices } from '../electron/core/app';
import { createApp } from '../electron/app';
import { steppingClock } from '../electron/demo/demo-services';
import { deriveSeed, seededByteSource } from '../shared/random';
import type { Dispatcher } from '../electron/core/registry';
import { startShell, type RunningShell } from '../electron/shell/server';
import type { Language } from '../shared/i18n/catalogs';

export const screenshotDir = path.resolve(import.meta.dirname, 'screenshots');
const rendererDir = path.resolve(import.meta.dirname, '../out/renderer');

/** Chromium flags for this machine: no sandbox as root, no network chatter, no first-run UI. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The e2e day, whatever day the suite runs: inside the reviewer fixtures' window (packages issued
 * 20 November, due 15 December 2026), after the demo's calls closed. The shell's clock starts here
 * and steps a second per reading (as the demo's does); the page's clock starts here and runs.
 */
export const E2E_START = '2026-11-27T09:00:00.000Z';
/** The seed of the shell's byte source: ids, keys and passphrases come out the same on every run. */
export const E2E_SEED = 'peerdesk-e2e';

/** The officers' laptop of issue 10: every screen must read well at this size. */
export const E2E_VIEWPORT = { width: 1366, height: 768 };

export interface E2eApp {
  page: Page;
  browser: Browser;
  shell: RunningShell;
  dispatcher: Dispatcher;
  dataDir: string;
  /** Saves e2e/screenshots/<name>.<language>.png of the whole page. */
  screenshot: (name: string, language: Language) => Promise<string>;
  /** Clicks the language switch and waits until the document says it changed. */
  switchLanguage: (language: Language) => Promise<void>;
  close: () => Promise<void>;
}

/**
 * A real app for an end-to-end test: the browser shell on a fresh data folder, with the same
 * handlers as every door, and Debian's Chromium driving the built renderer over http. The shell
 * runs on the injected E2E_START clock and E2E_SEED bytes (test-only: the shipped `serve` keeps the
 * system clock and randomness), and the page's clock is installed at E2E_START, so no result
 * depends on the day or on chance.
 */
/**
 * The browser's environment: the test's own, less libfaketime's preload. A suite run under
 * `faketime` (to prove no result depends on the day) fakes the shell's process; Chromium does not
 * start under the preload, and its page clock is installed at E2E_START in any case.
 */
function browserEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && name !== 'LD_PRELOAD' && !name.startsWith('FAKETIME')) env[name] = value;
  }
  return env;
}

export async function launchApp(options: { language?: Language; dataDir?: string } = {}): Promise<E2eApp> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'peerdesk-e2e-'));
  const dispatcher = createApp({
    ...systemServices({ door: 'browser', dataDir }),
    now: steppingClock(E2E_START),
    randomBytes: seededByteSource(deriveSeed(E2E_SEED, 'shell')),
  });
  const shell = await startShell({ dispatcher, staticDir: rendererDir });
  const browser = await chromium.launch({
    executablePath: process.env.PEERDESK_CHROMIUM ?? '/usr/bin/chromium',
    args: chromiumArgs,
    env: browserEnv(),
  });
  const language = options.language ?? 'zh-CN';
  const context = await browser.newContext({ locale: language, viewport: E2E_VIEWPORT });
  await context.clock.install({ time: new Date(E2E_START) });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(shell.url);
  mkdirSync(screenshotDir, { recursive: true });

  return {
    page,
    browser,
    shell,
    dispatcher,
    dataDir,
    screenshot: async (name, lang) => {
      const file = path.join(screenshotDir, `${name}.${lang}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    switchLanguage: async (lang) => {
      await page.locator(`.language-switch button[lang="${lang}"]`).first().click();
      await page.waitForFunction((wanted) => document.documentElement.lang === wanted, lang);
    },
    close: async () => {
      await browser.close();
      await shell.close();
      dispatcher.session.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
      if (problems.length > 0) throw new Error(`The page reported errors:\n${problems.join('\n')}`);
    },
  };
}
