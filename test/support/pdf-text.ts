import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const standardFontDataUrl = `${path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/standard_fonts/`;

/**
 * The text of every page of a PDF as pdf.js extracts it: the text items of a page joined by
 * `itemSeparator` (nothing by default, a space where table cells must stay apart), pages by newlines.
 */
export async function pdfText(bytes: Uint8Array, itemSeparator = ''): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(itemSeparator));
  }
  return pages.join('\n');
}
