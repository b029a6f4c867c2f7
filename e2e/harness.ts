import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { systemServices } from '../electron/core/app';
import { createApp } from '../electron/app';
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
 * handlers as every door, and Debian's Chromium driving the built renderer over http.
 */
export async function launchApp(options: { language?: Language; dataDir?: string } = {}): Promise<E2eApp> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'peerdesk-e2e-'));
  const dispatcher = createApp(systemServices({ door: 'browser', dataDir }));
  const shell = await startShell({ dispatcher, staticDir: rendererDir });
  const browser = await chromium.launch({
    executablePath: process.env.PEERDESK_CHROMIUM ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  const language = options.language ?? 'zh-CN';
  const context = await browser.newContext({ locale: language, viewport: { width: 1360, height: 860 } });
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
