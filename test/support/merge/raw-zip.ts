import { deflateRawSync } from 'node:zlib';
import { crc32 } from 'node:zlib';
import { containerNameRules } from '../../../shared/bundle/names';
import { readZip } from '../../../electron/bundle/zip-reader';

/**
 * A permissive ZIP writer for hostile test bundles: any names (traversal, absolute, duplicates),
 * lying sizes and CRCs, deflate bombs. It follows the layout Peerdesk's reader accepts (contiguous
 * local records, central directory, end record), so each test exercises exactly the rule it breaks.
 */
export interface RawEntry {
  name: string;
  data: Uint8Array;
  /** Deflate the data (default: stored). */
  deflate?: boolean;
  /** Declared uncompressed size instead of the real one. */
  declaredSize?: number;
  /** Declared CRC-32 instead of the real one. */
  crc?: number;
}

export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const stored = entry.deflate ? new Uint8Array(deflateRawSync(entry.data)) : entry.data;
    const crc = entry.crc ?? crc32(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const method = entry.deflate ? 8 : 0;
    const local = new Uint8Array(30 + name.length + stored.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true);
    lv.setUint16(8, method, true);
    lv.setUint16(12, 0x0021, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, stored.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(stored, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, method, true);
    cv.setUint16(14, 0x0021, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, stored.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The entries of a valid review bundle, in file order, to take apart and reassemble. */
export async function bundleEntries(bytes: Uint8Array): Promise<RawEntry[]> {
  const entries = await readZip(bytes, { allowedNames: containerNameRules('review-bundle') });
  return [...entries].map(([name, data]) => ({ name, data }));
}
