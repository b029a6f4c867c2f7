import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { alignedFontkit } from './aligned-subset';
import { cjkFontBytes } from './cjk-font';

type Fontkit = typeof alignedFontkit;

/** Subsets `text` with `kit`, then reads every glyph back from the subset's own bytes. */
async function roundTrip(kit: Fontkit, text: string): Promise<{ original: string[]; subset: string[] }> {
  const font = kit.create(cjkFontBytes());
  const subset = font.createSubset();
  const glyphs = [...text].map((char) => font.glyphForCodePoint(char.codePointAt(0) ?? 0));
  const ids = glyphs.map((glyph) => subset.includeGlyph(glyph));
  const chunks: Uint8Array[] = [];
  await new Promise<void>((resolve) => {
    subset
      .encodeStream()
      .on('data', (chunk) => chunks.push(chunk))
      .on('end', () => resolve());
  });
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  const reread = fontkit.create(bytes);
  return {
    original: glyphs.map((glyph) => glyph.path.toSVG()),
    subset: ids.map((id) => reread.getGlyph(id).path.toSVG()),
  };
}

describe('Noto Sans SC subset', () => {
  const text = '评审意见反馈项目指南申请书Review123';

  it('keeps every glyph outline when padded (the PDFs draw every character)', async () => {
    const { original, subset } = await roundTrip(alignedFontkit, text);
    expect(original.every((svg) => svg.length > 0)).toBe(true);
    expect(subset).toEqual(original);
  });

  it('loses outlines with the unpadded fontkit subsetter, which is why the fix exists', async () => {
    // The misaligned subset either cannot be read back at all or reads back other outlines.
    const intact = await roundTrip(fontkit, text).then(
      ({ original, subset }) => JSON.stringify(subset) === JSON.stringify(original),
      () => false,
    );
    expect(intact).toBe(false);
  });
});
