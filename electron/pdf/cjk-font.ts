import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Noto Sans SC Regular (OFL-1.1, from the registry package @expo-google-fonts/noto-sans-sc): one
 * weight only, covering Latin and Chinese. A build copies it to out/electron/fonts/ beside the
 * bundled code (scripts/build-electron.mjs); the sources read it from node_modules.
 */
const FILE = 'NotoSansSC_400Regular.ttf';
const CANDIDATES = [
  path.join(import.meta.dirname, 'fonts', FILE),
  path.join(import.meta.dirname, '../../node_modules/@expo-google-fonts/noto-sans-sc/400Regular', FILE),
];

let cached: Uint8Array | null = null;

/** The font's bytes, read once per process (10 MB; each PDF embeds only the glyphs it uses). */
export function cjkFontBytes(): Uint8Array {
  if (cached !== null) return cached;
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (found === undefined) throw new Error(`Noto Sans SC not found in ${CANDIDATES.join(', ')}`);
  cached = new Uint8Array(readFileSync(found));
  return cached;
}
