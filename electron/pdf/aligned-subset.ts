import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** The parts of fontkit's TrueType subset this fix touches (not in its published types). */
interface GlyphBuffer {
  length: number;
  constructor: { concat(list: GlyphBuffer[]): GlyphBuffer; alloc(size: number): GlyphBuffer };
}
interface TrueTypeSubset {
  glyf?: GlyphBuffer[];
  offset: number;
  _addGlyph(gid: number): number;
}

/**
 * Parsed fonts by their bytes: parsing Noto Sans SC and decoding its glyph tables costs most of a
 * PDF's time, and a parsed font is only read when a document subsets it, so every PDF of a process
 * (the demo writes one per application) shares one parse.
 */
const parsed = new WeakMap<Uint8Array, Map<string, ReturnType<Fontkit['create']>>>();

export const alignedFontkit: Fontkit = {
  create(bytes: Uint8Array, postscriptName?: string) {
    const byName = parsed.get(bytes) ?? new Map<string, ReturnType<Fontkit['create']>>();
    parsed.set(bytes, byName);
    const key = postscriptName ?? '';
    const known = byName.get(key);
    if (known !== undefined) return known;
    const font = alignedFont(bytes, postscriptName);
    byName.set(key, font);
    return font;
  },
};

/**
 * fontkit's TrueType subsetter copies each glyph as it is stored, but Noto Sans SC stores glyphs of
 * odd length; the subset's short `loca` table records offset / 2, so every glyph after an odd one
 * is read from the wrong place and most characters vanish when the PDF is drawn (text extraction
 * still works, which hides the fault). Padding each copied glyph to a multiple of 4 bytes, as the
 * TrueType specification recommends, keeps every offset exact.
 */
function alignedFont(bytes: Uint8Array, postscriptName?: string): ReturnType<Fontkit['create']> {
  const font = fontkit.create(bytes, postscriptName);
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset();
    const internals = subset as unknown as TrueTypeSubset;
    if (typeof internals._addGlyph !== 'function') return subset;
    const addGlyph = internals._addGlyph.bind(subset);
    internals._addGlyph = (gid) => {
      const index = addGlyph(gid);
      const glyph = internals.glyf?.[index];
      const padding = glyph === undefined ? 0 : (4 - (glyph.length % 4)) % 4;
      if (glyph !== undefined && padding > 0 && internals.glyf) {
        internals.glyf[index] = glyph.constructor.concat([glyph, glyph.constructor.alloc(padding)]);
        internals.offset += padding;
      }
      return index;
    };
    return subset;
  };
  return font;
}
