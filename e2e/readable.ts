import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * What makes a list unreadable at the page's current viewport, one sentence per problem:
 * - a column header broken inside a word, or a cell whose text is one short word (a name, a code,
 *   an amount) broken — the column is narrower than that word (a PI's name one character per line);
 * - a table or grid wider than its container with no horizontally scrolling box around it;
 * - text cut (ellipsis or hidden overflow) with no tooltip (`title`) to read it whole.
 * A run of Han characters is one word, so 张伟 and 项目负责人 must keep to one line, while a break
 * between 申请经费 and （万元） is fine.
 */
export async function unreadableLists(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    /** Words up to this long must stay on one line in a cell; longer ones (paths, hashes) may wrap. */
    const SHORT_WORD = 12;
    const SHORT_HAN_WORD = 6;
    const problems: string[] = [];

    const describe = (element: Element): string => {
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      const classes =
        typeof element.className === 'string' && element.className !== ''
          ? `.${element.className.trim().split(/\s+/).join('.')}`
          : '';
      return `<${element.tagName.toLowerCase()}${classes}> “${text}”`;
    };
    /** Shown to a sighted reader: laid out, not display:none, not the 1px visually-hidden clip. */
    const shown = (element: Element): boolean => {
      const box = element.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) return false;
      const style = getComputedStyle(element);
      return style.visibility !== 'hidden' && style.clip === 'auto' && style.clipPath === 'none';
    };
    /**
     * The words of a text: runs between spaces and punctuation, a run of Han characters counting
     * as one word (a name, an institution: the browser's word segmenter does not know names).
     * Hyphens, dots, underscores and commas between digits stay inside (GX-JQ-2026, 2,000,000).
     */
    const words = (text: string): { word: string; at: number }[] =>
      [...text.matchAll(/(?:[\p{L}\p{N}\p{M}_.-]|,(?=\p{N}))+/gu)].map((match) => ({
        word: match[0],
        at: match.index,
      }));
    /**
     * Whether a cell's text is one short word (a name, a code, an amount, a state), which must keep
     * to one line. Running text (a title, a note) may break anywhere Chinese text breaks.
     */
    const shortWord = (word: string, text: string): boolean =>
      words(text).length === 1 && word.length <= (/\p{Script=Han}/u.test(word) ? SHORT_HAN_WORD : SHORT_WORD);

    /** The words of `cell` (those `wanted`) that are laid out over more than one line. */
    const brokenWords = (cell: Element, wanted: (word: string, text: string) => boolean): string[] => {
      const broken: string[] = [];
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent === null || !shown(parent)) continue;
        const text = node.textContent ?? '';
        for (const { word, at } of words(text)) {
          if (word.length < 2 || !wanted(word, text)) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
          const first = lines[0];
          if (first && lines.some((rect) => Math.abs(rect.top - first.top) > first.height / 2))
            broken.push(word);
        }
      }
      return broken;
    };

    for (const header of document.querySelectorAll('th, [role="columnheader"]')) {
      if (!shown(header)) continue;
      for (const word of brokenWords(header, () => true))
        problems.push(`column header ${describe(header)} breaks inside “${word}”`);
    }
    for (const cell of document.querySelectorAll('td, [role="gridcell"], [role="cell"]')) {
      if (!shown(cell)) continue;
      for (const word of brokenWords(cell, shortWord))
        problems.push(`cell ${describe(cell)} breaks inside “${word}”`);
    }

    /** Whether `element` sits in a box that scrolls sideways (the page itself does not count). */
    const scrollsSideways = (element: Element): boolean => {
      for (let box = element.parentElement; box !== null && box !== document.body; box = box.parentElement) {
        const overflow = getComputedStyle(box).overflowX;
        if (overflow === 'auto' || overflow === 'scroll') return true;
      }
      return false;
    };
    for (const table of document.querySelectorAll('table, [role="grid"], [role="table"]')) {
      if (!shown(table) || scrollsSideways(table)) continue;
      const container = table.parentElement;
      if (container === null) continue;
      const width = table.getBoundingClientRect().width;
      const room = container.getBoundingClientRect().width;
      const viewport = document.documentElement.clientWidth;
      if (width > room + 1 || table.getBoundingClientRect().right > viewport + 1)
        problems.push(
          `table ${describe(table)} is ${Math.round(width)} px wide in ${Math.round(Math.min(room, viewport))} px and does not scroll sideways`,
        );
    }

    for (const element of document.querySelectorAll('body *')) {
      const ownText = [...element.childNodes].some(
        (child) => child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim() !== '',
      );
      if (!ownText || !shown(element)) continue;
      const style = getComputedStyle(element);
      const clipsX = style.overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1;
      const clipsY =
        (style.overflowY === 'hidden' || style.overflowY === 'clip') &&
        element.scrollHeight > element.clientHeight + 1;
      if ((clipsX && style.overflowX !== 'auto' && style.overflowX !== 'scroll') || clipsY) {
        if (element.closest('[title]') === null)
          problems.push(`${describe(element)} is cut without a tooltip`);
      }
    }
    return problems;
  });
}

/** Fails the test, naming each problem, when a list on the page is not readable. */
export async function expectReadableLists(page: Page, screen = ''): Promise<void> {
  expect(await unreadableLists(page), screen).toEqual([]);
}
