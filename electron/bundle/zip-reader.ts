/**
 * A safe, strict ZIP reader for bundle containers. It reads from a file (through one file handle:
 * the end record from the tail, the central directory, every local header, then entry data on
 * demand) or from bytes in memory, and never writes anything anywhere: entries come back as bytes.
 *
 * Refused, each with an AppError naming the entry and the reason:
 * - anything over the limits (file size, entry count, per-entry and total uncompressed size,
 *   compression ratio), checked on the declared sizes before anything is read or inflated; inflation
 *   is capped at the declared size, so a lying entry cannot allocate more than it declared;
 * - methods other than stored (0) and deflate (8); encryption; unknown flag bits; zip64; multi-disk;
 * - unsafe names (empty, control characters, backslash, absolute, drive letter, `.`/`..` or empty
 *   segments), names not valid UTF-8 (or non-ASCII without the UTF-8 flag), Unicode-path extra
 *   fields (a second name), duplicates (also case-insensitively), names outside the caller's allow-list;
 * - malformed extra fields, local headers that disagree with the central directory, CRC-32 errors,
 *   and any byte of the file that no record accounts for: entries must be contiguous from offset 0,
 *   followed directly by the central directory and the end record (no gaps, no overlaps, no prefix).
 */
import { open, type FileHandle } from 'node:fs/promises';
import { promisify } from 'node:util';
import { crc32, inflateRaw, type ZlibOptions } from 'node:zlib';
import { AppError } from '../../shared/errors';
import { resolveZipLimits, type ZipLimits } from '../../shared/bundle/limits';
import { displayName, matchesNameRule, unsafeNameReason, type NameRule } from '../../shared/bundle/names';
import {
  CENTRAL_HEADER_BYTES,
  EOCD_BYTES,
  EXTRA_UNICODE_PATH,
  FLAG_DATA_DESCRIPTOR,
  FLAG_ENCRYPTED,
  FLAG_MASKED_HEADERS,
  FLAG_STRONG_ENCRYPTION,
  FLAG_UTF8,
  FLAGS_SUPPORTED,
  LOCAL_HEADER_BYTES,
  MAX_COMMENT_BYTES,
  METHOD_DEFLATE,
  METHOD_STORED,
  SIG_CENTRAL,
  SIG_DATA_DESCRIPTOR,
  SIG_EOCD,
  SIG_LOCAL,
  SIG_ZIP64_LOCATOR,
  U16_MAX,
  U32_MAX,
  ZIP64_LOCATOR_BYTES,
  u16,
  u32,
} from './zip-format';

const inflateRawAsync = promisify<Uint8Array, ZlibOptions, Buffer>(inflateRaw);

export interface ZipEntryInfo {
  readonly name: string;
  readonly method: typeof METHOD_STORED | typeof METHOD_DEFLATE;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  readonly dataOffset: number;
}

export interface ZipReadOptions {
  /** Exact names and/or regular expressions (matched against the whole name) that may appear. */
  allowedNames: readonly NameRule[];
  /** Overrides of DEFAULT_ZIP_LIMITS. */
  limits?: Partial<ZipLimits>;
}

export interface ZipArchive {
  /** Size of the container in bytes. */
  readonly size: number;
  /** Entries in central-directory order. */
  readonly entries: readonly ZipEntryInfo[];
  get(name: string): ZipEntryInfo | undefined;
  /** The entry's uncompressed bytes, CRC-checked; never more than its declared size is allocated. */
  read(name: string): Promise<Uint8Array>;
  /** Raw container bytes [offset, offset + length), e.g. to hash the whole file in chunks. */
  readRange(offset: number, length: number): Promise<Uint8Array>;
  /** For files: refuses if the file changed (size or modification time) since it was opened. */
  assertUnchanged(): Promise<void>;
  close(): Promise<void>;
}

/** Random access to the container bytes. */
interface ByteSource {
  readonly size: number;
  /** True when read() returns a new buffer the caller owns (no need to copy). */
  readonly fresh: boolean;
  read(offset: number, length: number): Promise<Uint8Array>;
  assertUnchanged(): Promise<void>;
  close(): Promise<void>;
}

function memorySource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    fresh: false,
    read: (offset, length) => {
      if (offset < 0 || length < 0 || offset + length > bytes.length) {
        return Promise.reject(
          new AppError('bundle.errors.zipCorrupt', { detail: 'read past the end of the data' }),
        );
      }
      return Promise.resolve(bytes.subarray(offset, offset + length));
    },
    assertUnchanged: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}

function fsDetail(cause: unknown): string {
  if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string') return cause.code;
  return cause instanceof Error ? cause.message : String(cause);
}

async function fileSource(path: string, maxFileBytes: number): Promise<ByteSource> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (cause) {
    throw new AppError('bundle.errors.zipReadFailed', { detail: fsDetail(cause) }, cause);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new AppError('bundle.errors.zipNotAFile', {});
    if (stat.size > maxFileBytes)
      throw new AppError('bundle.errors.zipFileTooLarge', { size: stat.size, max: maxFileBytes });
    const size = stat.size;
    const mtime = stat.mtimeMs;
    return {
      size,
      fresh: true,
      read: async (offset, length) => {
        const out = new Uint8Array(length);
        let filled = 0;
        while (filled < length) {
          let bytesRead: number;
          try {
            ({ bytesRead } = await handle.read(out, filled, length - filled, offset + filled));
          } catch (cause) {
            throw new AppError('bundle.errors.zipReadFailed', { detail: fsDetail(cause) }, cause);
          }
          if (bytesRead === 0) throw new AppError('bundle.errors.zipFileChanged', {});
          filled += bytesRead;
        }
        return out;
      },
      assertUnchanged: async () => {
        const now = await handle.stat();
        if (now.size !== size || now.mtimeMs !== mtime)
          throw new AppError('bundle.errors.zipFileChanged', {});
      },
      close: () => handle.close(),
    };
  } catch (e) {
    await handle.close();
    throw e;
  }
}

interface EndRecord {
  offset: number;
  entries: number;
  cdSize: number;
  cdOffset: number;
}

async function findEndRecord(src: ByteSource): Promise<EndRecord> {
  if (src.size < EOCD_BYTES) throw new AppError('bundle.errors.zipNoEndRecord', {});
  const tailStart = Math.max(0, src.size - EOCD_BYTES - MAX_COMMENT_BYTES);
  const tail = await src.read(tailStart, src.size - tailStart);
  let sawSignature = false;
  let at = -1;
  for (let i = tail.length - EOCD_BYTES; i >= 0; i--) {
    if (u32(tail, i) !== SIG_EOCD) continue;
    sawSignature = true;
    if (i + EOCD_BYTES + u16(tail, i + 20) === tail.length) {
      at = i;
      break;
    }
  }
  if (at < 0)
    throw new AppError(sawSignature ? 'bundle.errors.zipCommentLength' : 'bundle.errors.zipNoEndRecord', {});
  const disk = u16(tail, at + 4);
  const cdDisk = u16(tail, at + 6);
  const entriesOnDisk = u16(tail, at + 8);
  const entries = u16(tail, at + 10);
  const cdSize = u32(tail, at + 12);
  const cdOffset = u32(tail, at + 16);
  const offset = tailStart + at;
  let zip64Locator = false;
  if (offset >= ZIP64_LOCATOR_BYTES) {
    const before =
      at >= ZIP64_LOCATOR_BYTES
        ? tail.subarray(at - ZIP64_LOCATOR_BYTES)
        : await src.read(offset - ZIP64_LOCATOR_BYTES, 4);
    zip64Locator = u32(before, 0) === SIG_ZIP64_LOCATOR;
  }
  if (
    zip64Locator ||
    entries === U16_MAX ||
    entriesOnDisk === U16_MAX ||
    cdSize === U32_MAX ||
    cdOffset === U32_MAX
  ) {
    throw new AppError('bundle.errors.zipZip64', {});
  }
  if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== entries)
    throw new AppError('bundle.errors.zipMultiDisk', {});
  if (cdOffset + cdSize !== offset) {
    throw new AppError('bundle.errors.zipCorrupt', {
      detail: 'the central directory is not where the end record says',
    });
  }
  return { offset, entries, cdSize, cdOffset };
}

/** Validates an extra-field block: well-formed (id, length, data)*; no Unicode-path field. */
function checkExtra(extra: Uint8Array, entry: string): void {
  let o = 0;
  while (o < extra.length) {
    if (o + 4 > extra.length) throw new AppError('bundle.errors.zipBadExtraField', { entry });
    const id = u16(extra, o);
    const len = u16(extra, o + 2);
    if (o + 4 + len > extra.length) throw new AppError('bundle.errors.zipBadExtraField', { entry });
    if (id === EXTRA_UNICODE_PATH) throw new AppError('bundle.errors.zipNameAmbiguous', { entry });
    o += 4 + len;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossy = new TextDecoder('utf-8', { fatal: false });

function decodeName(raw: Uint8Array, flags: number): string {
  let name: string;
  try {
    name = utf8.decode(raw);
  } catch {
    throw new AppError('bundle.errors.zipNameEncoding', { entry: displayName(lossy.decode(raw)) });
  }
  if ((flags & FLAG_UTF8) === 0 && raw.some((b) => b >= 0x80)) {
    // Without the UTF-8 flag the bytes are CP437 by the spec; only ASCII reads the same in both.
    throw new AppError('bundle.errors.zipNameEncoding', { entry: displayName(name) });
  }
  return name;
}

interface MutableEntry extends ZipEntryInfo {
  nameBytes: Uint8Array;
  dataOffset: number;
}

function parseCentralDirectory(
  cd: Uint8Array,
  count: number,
  options: ZipReadOptions,
  limits: ZipLimits,
): MutableEntry[] {
  const entries: MutableEntry[] = [];
  const seen = new Set<string>();
  const folded = new Set<string>();
  let total = 0;
  let o = 0;
  for (let i = 0; i < count; i++) {
    const label = `#${i + 1}`;
    if (o + CENTRAL_HEADER_BYTES > cd.length || u32(cd, o) !== SIG_CENTRAL) {
      throw new AppError('bundle.errors.zipBadCentralHeader', { entry: label });
    }
    const flags = u16(cd, o + 8);
    const method = u16(cd, o + 10);
    const crc = u32(cd, o + 16);
    const compressedSize = u32(cd, o + 20);
    const uncompressedSize = u32(cd, o + 24);
    const nameLen = u16(cd, o + 28);
    const extraLen = u16(cd, o + 30);
    const commentLen = u16(cd, o + 32);
    const diskStart = u16(cd, o + 34);
    const localHeaderOffset = u32(cd, o + 42);
    const end = o + CENTRAL_HEADER_BYTES + nameLen + extraLen + commentLen;
    if (end > cd.length) throw new AppError('bundle.errors.zipBadCentralHeader', { entry: label });
    const nameBytes = cd.subarray(o + CENTRAL_HEADER_BYTES, o + CENTRAL_HEADER_BYTES + nameLen);
    const name = decodeName(nameBytes, flags);
    const entry = displayName(name);
    checkExtra(
      cd.subarray(o + CENTRAL_HEADER_BYTES + nameLen, o + CENTRAL_HEADER_BYTES + nameLen + extraLen),
      entry,
    );
    o = end;

    if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_MASKED_HEADERS)) {
      throw new AppError('bundle.errors.zipEncrypted', { entry });
    }
    if ((flags & ~FLAGS_SUPPORTED) !== 0) {
      throw new AppError('bundle.errors.zipUnsupportedFlags', {
        entry,
        flags: `0x${flags.toString(16).padStart(4, '0')}`,
      });
    }
    if (method !== METHOD_STORED && method !== METHOD_DEFLATE) {
      throw new AppError('bundle.errors.zipUnsupportedMethod', { entry, method });
    }
    if (
      compressedSize === U32_MAX ||
      uncompressedSize === U32_MAX ||
      localHeaderOffset === U32_MAX ||
      diskStart === U16_MAX
    ) {
      throw new AppError('bundle.errors.zipZip64', {});
    }
    if (diskStart !== 0) throw new AppError('bundle.errors.zipMultiDisk', {});

    if (nameLen > limits.maxNameBytes)
      throw new AppError('bundle.errors.zipNameTooLong', { entry, max: limits.maxNameBytes });
    const unsafe = unsafeNameReason(name);
    if (unsafe) throw new AppError(`bundle.errors.zipName${unsafe}`, { entry });
    const key = name.normalize('NFC').toLowerCase();
    if (seen.has(name) || folded.has(key)) throw new AppError('bundle.errors.zipDuplicateName', { entry });
    seen.add(name);
    folded.add(key);
    if (!matchesNameRule(name, options.allowedNames))
      throw new AppError('bundle.errors.zipNameNotAllowed', { entry });

    if (method === METHOD_STORED && compressedSize !== uncompressedSize) {
      throw new AppError('bundle.errors.zipStoredSizeMismatch', { entry });
    }
    if (uncompressedSize > limits.maxEntryBytes) {
      throw new AppError('bundle.errors.zipEntryTooLarge', {
        entry,
        size: uncompressedSize,
        max: limits.maxEntryBytes,
      });
    }
    if (
      method === METHOD_DEFLATE &&
      uncompressedSize > limits.compressionRatioFloorBytes &&
      uncompressedSize > compressedSize * limits.maxCompressionRatio
    ) {
      const ratio = compressedSize === 0 ? 'infinite' : Math.round(uncompressedSize / compressedSize);
      throw new AppError('bundle.errors.zipRatioTooHigh', { entry, ratio, max: limits.maxCompressionRatio });
    }
    total += uncompressedSize;
    if (total > limits.maxTotalBytes)
      throw new AppError('bundle.errors.zipTotalTooLarge', { size: total, max: limits.maxTotalBytes });

    entries.push({
      name,
      nameBytes,
      method,
      flags,
      crc32: crc,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      dataOffset: -1,
    });
  }
  if (o !== cd.length) {
    throw new AppError('bundle.errors.zipCorrupt', {
      detail: 'the central directory size does not match its entries',
    });
  }
  return entries;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * Reads every local header, checks it against the central directory, and checks that entries,
 * central directory and end record tile the file exactly.
 */
async function checkLocalHeaders(src: ByteSource, entries: MutableEntry[], cdOffset: number): Promise<void> {
  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  let expected = 0;
  for (const e of byOffset) {
    const entry = displayName(e.name);
    if (e.localHeaderOffset !== expected) throw new AppError('bundle.errors.zipLayout', { entry });
    if (e.localHeaderOffset + LOCAL_HEADER_BYTES > cdOffset)
      throw new AppError('bundle.errors.zipDataOutOfBounds', { entry });
    const head = await src.read(e.localHeaderOffset, LOCAL_HEADER_BYTES);
    if (u32(head, 0) !== SIG_LOCAL) throw new AppError('bundle.errors.zipBadLocalHeader', { entry });
    const flags = u16(head, 6);
    const method = u16(head, 8);
    const crc = u32(head, 14);
    const compressedSize = u32(head, 18);
    const uncompressedSize = u32(head, 22);
    const nameLen = u16(head, 26);
    const extraLen = u16(head, 28);
    const dataOffset = e.localHeaderOffset + LOCAL_HEADER_BYTES + nameLen + extraLen;
    if (dataOffset > cdOffset) throw new AppError('bundle.errors.zipDataOutOfBounds', { entry });
    const rest = await src.read(e.localHeaderOffset + LOCAL_HEADER_BYTES, nameLen + extraLen);
    if (flags !== e.flags) throw new AppError('bundle.errors.zipHeaderMismatch', { entry, field: 'flags' });
    if (method !== e.method)
      throw new AppError('bundle.errors.zipHeaderMismatch', { entry, field: 'method' });
    if (!sameBytes(rest.subarray(0, nameLen), e.nameBytes)) {
      throw new AppError('bundle.errors.zipHeaderMismatch', { entry, field: 'name' });
    }
    checkExtra(rest.subarray(nameLen), entry);
    const dataEnd = dataOffset + e.compressedSize;
    if (dataEnd > cdOffset) throw new AppError('bundle.errors.zipDataOutOfBounds', { entry });
    const deferred = (flags & FLAG_DATA_DESCRIPTOR) !== 0;
    const agrees = (local: number, central: number): boolean =>
      local === central || (deferred && local === 0);
    if (!agrees(crc, e.crc32))
      throw new AppError('bundle.errors.zipHeaderMismatch', { entry, field: 'crc32' });
    if (!agrees(compressedSize, e.compressedSize)) {
      throw new AppError('bundle.errors.zipHeaderMismatch', { entry, field: 'compressed size' });
    }
    if (!agrees(uncompressedSize, e.uncompressedSize)) {
      throw new AppError('bundle.errors.zipHeaderMismatch', { entry, field: 'uncompressed size' });
    }
    e.dataOffset = dataOffset;
    expected = dataEnd;
    if (deferred) {
      // Data descriptor: [signature] crc32 compressedSize uncompressedSize (32-bit fields).
      const avail = Math.min(16, cdOffset - dataEnd);
      if (avail < 12) throw new AppError('bundle.errors.zipDataOutOfBounds', { entry });
      const dd = await src.read(dataEnd, avail);
      const matches = (at: number): boolean =>
        u32(dd, at) === e.crc32 &&
        u32(dd, at + 4) === e.compressedSize &&
        u32(dd, at + 8) === e.uncompressedSize;
      if (avail === 16 && u32(dd, 0) === SIG_DATA_DESCRIPTOR && matches(4)) expected += 16;
      else if (matches(0)) expected += 12;
      else throw new AppError('bundle.errors.zipHeaderMismatch', { entry, field: 'data descriptor' });
    }
  }
  const last = byOffset[byOffset.length - 1];
  if (expected !== cdOffset)
    throw new AppError('bundle.errors.zipLayout', { entry: last ? displayName(last.name) : '-' });
}

async function inflateCapped(data: Uint8Array, declared: number, entry: string): Promise<Uint8Array> {
  let out: Buffer;
  try {
    // zlib stops and throws as soon as the output would pass maxOutputLength, so a bomb can never
    // allocate more than the (already limit-checked) declared size.
    out = await inflateRawAsync(data, { maxOutputLength: Math.max(1, declared) });
  } catch (cause) {
    if (
      cause instanceof RangeError ||
      (cause instanceof Error && 'code' in cause && cause.code === 'ERR_BUFFER_TOO_LARGE')
    ) {
      throw new AppError('bundle.errors.zipSizeMismatch', { entry, expected: declared }, cause);
    }
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new AppError('bundle.errors.zipInflateFailed', { entry, detail }, cause);
  }
  if (out.length !== declared)
    throw new AppError('bundle.errors.zipSizeMismatch', { entry, expected: declared });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** Opens a ZIP container with all structural checks done up front. Close the result when done. */
export async function openZip(source: string | Uint8Array, options: ZipReadOptions): Promise<ZipArchive> {
  const limits = resolveZipLimits(options.limits);
  let src: ByteSource;
  if (typeof source === 'string') {
    src = await fileSource(source, limits.maxFileBytes);
  } else {
    if (source.length > limits.maxFileBytes) {
      throw new AppError('bundle.errors.zipFileTooLarge', { size: source.length, max: limits.maxFileBytes });
    }
    src = memorySource(source);
  }
  try {
    const end = await findEndRecord(src);
    if (end.entries > limits.maxEntries) {
      throw new AppError('bundle.errors.zipTooManyEntries', { count: end.entries, max: limits.maxEntries });
    }
    const cd = await src.read(end.cdOffset, end.cdSize);
    const entries = parseCentralDirectory(cd, end.entries, options, limits);
    await checkLocalHeaders(src, entries, end.cdOffset);
    const byName = new Map<string, MutableEntry>(entries.map((e) => [e.name, e]));
    const infos: ZipEntryInfo[] = entries.map(({ nameBytes: _n, ...info }) => Object.freeze(info));
    const infoByName = new Map(infos.map((e) => [e.name, e]));
    let closed = false;
    return {
      size: src.size,
      entries: Object.freeze(infos),
      get: (name) => infoByName.get(name),
      read: async (name) => {
        if (closed) throw new AppError('bundle.errors.zipReadFailed', { detail: 'archive closed' });
        const e = byName.get(name);
        if (!e) throw new AppError('bundle.errors.zipEntryNotFound', { entry: displayName(name) });
        const entry = displayName(e.name);
        const raw = await src.read(e.dataOffset, e.compressedSize);
        const data =
          e.method === METHOD_STORED
            ? src.fresh
              ? raw
              : raw.slice()
            : await inflateCapped(raw, e.uncompressedSize, entry);
        if (crc32(data) >>> 0 !== e.crc32) throw new AppError('bundle.errors.zipCrcMismatch', { entry });
        return data;
      },
      readRange: (offset, length) => {
        if (
          !Number.isInteger(offset) ||
          !Number.isInteger(length) ||
          offset < 0 ||
          length < 0 ||
          offset + length > src.size
        ) {
          return Promise.reject(new RangeError('range outside the archive'));
        }
        return src.read(offset, length).then((b) => (src.fresh ? b : b.slice()));
      },
      assertUnchanged: () => src.assertUnchanged(),
      close: async () => {
        if (closed) return;
        closed = true;
        await src.close();
      },
    };
  } catch (e) {
    await src.close();
    throw e;
  }
}

/** Opens, reads every entry, closes. */
export async function readZip(
  source: string | Uint8Array,
  options: ZipReadOptions,
): Promise<Map<string, Uint8Array>> {
  const zip = await openZip(source, options);
  try {
    const out = new Map<string, Uint8Array>();
    for (const e of zip.entries) out.set(e.name, await zip.read(e.name));
    await zip.assertUnchanged();
    return out;
  } finally {
    await zip.close();
  }
}
