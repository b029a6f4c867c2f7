/**
 * The readability check itself, on pages written here: it must pass a readable table and name every
 * problem of a bad one, or the checks on the app's screens prove nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs } from './harness';
import { unreadableLists } from './readable';

const document = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    body { font: 14px sans-serif; margin: 0 } table { border-collapse: collapse }
    .box { width: 300px } .scroll { overflow-x: auto }
    .cut { max-width: 60px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0) }
  </style></head><body>${body}</body></html>`;

const names = ['张伟', '欧阳娜娜', '陈静', 'Maria Rossi'];
const table = (header: string, cell: (name: string) => string) =>
  `<table><thead><tr><th>${header}</th><th>申请经费（万元）</th></tr></thead><tbody>${names
    .map((name) => `<tr><td>${cell(name)}</td><td>2,000,000</td></tr>`)
    .join('')}</tbody></table>`;

describe('the readable-lists check', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.PEERDESK_CHROMIUM ?? '/usr/bin/chromium',
      args: chromiumArgs,
    });
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('passes a table that fits, a wide one that scrolls, running text wrapped, a cut cell with a tooltip', async () => {
    await page.setContent(
      document(
        `<div class="box">${table('项目负责人', (name) => name)}</div>
         <div class="box scroll">${table('项目负责人', (name) => `${name} ${'广西大学林学院'.repeat(8)}`)}</div>
         <table style="width: 120px"><tbody><tr><td>=HYPERLINK("http://example.invalid","点此查看")</td></tr></tbody></table>
         <p class="cut" title="喀斯特石漠化区域生态修复的关键技术">喀斯特石漠化区域生态修复的关键技术</p>
         <span class="sr">只给读屏软件的一段很长很长的说明文字</span>`,
      ),
    );
    await expect(unreadableLists(page)).resolves.toEqual([]);
  });

  it('names a header and names broken one character per line', async () => {
    await page.setContent(
      document(
        `<div style="width: 120px">${table('项目负责人', (name) => name)
          .replace(/<td>/g, '<td style="width: 1em; max-width: 1em">')
          .replace('<th>', '<th style="width: 1em; max-width: 1em">')}</div>`,
      ),
    );
    const problems = await unreadableLists(page);
    expect(problems).toContainEqual(expect.stringMatching(/^column header <th> “项目负责人” breaks inside/));
    expect(problems).toContainEqual('cell <td> “张伟” breaks inside “张伟”');
    expect(problems).toContainEqual('cell <td> “欧阳娜娜” breaks inside “欧阳娜娜”');
  });

  it('names a table wider than its box that does not scroll, and text cut without a tooltip', async () => {
    await page.setContent(
      document(
        `<div class="box">${table('项目负责人', (name) => `<span style="display: inline-block; width: 420px">${name}</span>`)}</div>
         <p class="cut">喀斯特石漠化区域生态修复的关键技术</p>`,
      ),
    );
    const problems = await unreadableLists(page);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^table <table> “项目负责人.*” is \d+ px wide in 300 px and does not scroll sideways$/,
      ),
    );
    expect(problems).toContainEqual('<p.cut> “喀斯特石漠化区域生态修复的关键技术” is cut without a tooltip');
  });
});
