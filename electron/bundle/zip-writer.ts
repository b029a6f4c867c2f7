/**
 * Deterministic ZIP writer: the same entries in the same order always give the same bytes, on every
 * platform and runtime. Fixed timestamp (1980-01-01 00:00), MS-DOS host, no extra fields, no
 * comment, UTF-8 flag set, no data descriptors, deflate by fflate (pure JavaScript, so Electron's
 * and Node's different zlib builds cannot change the output), CRC-32 by zlib.
 *
 * An entry is deflated only when asked and when that makes it smaller; otherwise it is stored.
 */
import { deflateSync } from 'fflate';
import { crc32 } from 'node:zlib';
import { AppError } from '../../shared/errors';
import { DEFAULT_ZIP_LIMITS } from '../../shared/bundle/limits';
import { displayName, unsafeNameReason } from '../../shared/bundle/names';
import {
  CENTRAL_HEADER_BYTES,
  DOS_DATE_1980,
  DOS_TIME_MIDNIGHT,
  EOCD_BYTES,
  FLAG_UTF8,
  LOCAL_HEADER_BYTES,
  METHOD_DEFLATE,
  METHOD_STORED,
  SIG_CENTRAL,
  SIG_EOCD,
  SIG_LOCAL,
  U16_MAX,
  U32_MAX,
  VERSION_20,
  put16,
  put32,
} from './zip-format';

export interface ZipWriterEntry {
  name: string;
  bytes: Uint8Array;
  /** Try deflate (kept only if smaller). Default true. */
  compress?: boolean;
}

export interface ZipWriterOptions {
  /** Sort entries by name (UTF-16 code units) instead of keeping the given order. Default false. */
  sort?: boolean;
}

interface Prepared {
  nameBytes: Uint8Array;
  method: number;
  crc: number;
  data: Uint8Array;
  size: number;
  offset: number;
}

export function writeZip(entries: readonly ZipWriterEntry[], options: ZipWriterOptions = {}): Uint8Array {
  const ordered = options.sort
    ? [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    : entries;
  if (ordered.length >= U16_MAX) throw new AppError('bundle.errors.zipZip64', {});
  const encoder = new TextEncoder();
  const seen = new Set<string>();
  const prepared: Prepared[] = [];
  let offset = 0;
  for (const e of ordered) {
    const entry = displayName(e.name);
    const unsafe = unsafeNameReason(e.name);
    if (unsafe) throw new AppError(`bundle.errors.zipName${unsafe}`, { entry });
    const key = e.name.normalize('NFC').toLowerCase();
    if (seen.has(key)) throw new AppError('bundle.errors.zipDuplicateName', { entry });
    seen.add(key);
    const nameBytes = encoder.encode(e.name);
    if (nameBytes.length > DEFAULT_ZIP_LIMITS.maxNameBytes) {
      throw new AppError('bundle.errors.zipNameTooLong', { entry, max: DEFAULT_ZIP_LIMITS.maxNameBytes });
    }
    let method = METHOD_STORED;
    let data = e.bytes;
    if (e.compress !== false && e.bytes.length > 0) {
      const deflated = deflateSync(e.bytes, { level: 9, mem: 8 });
      if (deflated.length < e.bytes.length) {
        method = METHOD_DEFLATE;
        data = deflated;
      }
    }
    if (e.bytes.length >= U32_MAX || data.length >= U32_MAX) throw new AppError('bundle.errors.zipZip64', {});
    prepared.push({ nameBytes, method, crc: crc32(e.bytes) >>> 0, data, size: e.bytes.length, offset });
    offset += LOCAL_HEADER_BYTES + nameBytes.length + data.length;
  }
  const cdOffset = offset;
  const cdSize = prepared.reduce((n, p) => n + CENTRAL_HEADER_BYTES + p.nameBytes.length, 0);
  if (cdOffset + cdSize >= U32_MAX) throw new AppError('bundle.errors.zipZip64', {});
  const out = new Uint8Array(cdOffset + cdSize + EOCD_BYTES);

  for (const p of prepared) {
    const o = p.offset;
    put32(out, o, SIG_LOCAL);
    put16(out, o + 4, VERSION_20);
    put16(out, o + 6, FLAG_UTF8);
    put16(out, o + 8, p.method);
    put16(out, o + 10, DOS_TIME_MIDNIGHT);
    put16(out, o + 12, DOS_DATE_1980);
    put32(out, o + 14, p.crc);
    put32(out, o + 18, p.data.length);
    put32(out, o + 22, p.size);
    put16(out, o + 26, p.nameBytes.length);
    put16(out, o + 28, 0);
    out.set(p.nameBytes, o + LOCAL_HEADER_BYTES);
    out.set(p.data, o + LOCAL_HEADER_BYTES + p.nameBytes.length);
  }

  let o = cdOffset;
  for (const p of prepared) {
    put32(out, o, SIG_CENTRAL);
    put16(out, o + 4, VERSION_20); // made by: MS-DOS, 2.0
    put16(out, o + 6, VERSION_20);
    put16(out, o + 8, FLAG_UTF8);
    put16(out, o + 10, p.method);
    put16(out, o + 12, DOS_TIME_MIDNIGHT);
    put16(out, o + 14, DOS_DATE_1980);
    put32(out, o + 16, p.crc);
    put32(out, o + 20, p.data.length);
    put32(out, o + 24, p.size);
    put16(out, o + 28, p.nameBytes.length);
    // extra length, comment length, disk start, internal attributes, external attributes: all 0
    put32(out, o + 42, p.offset);
    out.set(p.nameBytes, o + CENTRAL_HEADER_BYTES);
    o += CENTRAL_HEADER_BYTES + p.nameBytes.length;
  }

  put32(out, o, SIG_EOCD);
  put16(out, o + 8, prepared.length);
  put16(out, o + 10, prepared.length);
  put32(out, o + 12, cdSize);
  put32(out, o + 16, cdOffset);
  return out;
}
