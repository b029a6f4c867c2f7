/** ZIP (APPNOTE 6.3.x) constants and little-endian helpers shared by the reader and the writer. */
export const SIG_LOCAL = 0x04034b50;
export const SIG_CENTRAL = 0x02014b50;
export const SIG_EOCD = 0x06054b50;
export const SIG_ZIP64_LOCATOR = 0x07064b50;
export const SIG_DATA_DESCRIPTOR = 0x08074b50;

export const LOCAL_HEADER_BYTES = 30;
export const CENTRAL_HEADER_BYTES = 46;
export const EOCD_BYTES = 22;
export const ZIP64_LOCATOR_BYTES = 20;
export const MAX_COMMENT_BYTES = 0xffff;

export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;

export const FLAG_ENCRYPTED = 0x0001;
export const FLAG_DATA_DESCRIPTOR = 0x0008;
export const FLAG_STRONG_ENCRYPTION = 0x0040;
export const FLAG_UTF8 = 0x0800;
export const FLAG_MASKED_HEADERS = 0x2000;
/** Flags we understand: deflate options (bits 1–2), data descriptor (3), UTF-8 names (11). */
export const FLAGS_SUPPORTED = 0x0006 | FLAG_DATA_DESCRIPTOR | FLAG_UTF8;

export const EXTRA_ZIP64 = 0x0001;
/** Info-ZIP Unicode Path: a second name that some tools prefer over the header's. Refused. */
export const EXTRA_UNICODE_PATH = 0x7075;

/** MS-DOS date for 1980-01-01 00:00:00, the fixed timestamp of the deterministic writer. */
export const DOS_DATE_1980 = 0x0021;
export const DOS_TIME_MIDNIGHT = 0;
export const VERSION_20 = 20;

export const U16_MAX = 0xffff;
export const U32_MAX = 0xffffffff;

export function u16(b: Uint8Array, o: number): number {
  return (b[o] as number) | ((b[o + 1] as number) << 8);
}

export function u32(b: Uint8Array, o: number): number {
  return (
    ((b[o] as number) |
      ((b[o + 1] as number) << 8) |
      ((b[o + 2] as number) << 16) |
      ((b[o + 3] as number) << 24)) >>>
    0
  );
}

export function put16(b: Uint8Array, o: number, v: number): void {
  b[o] = v & 0xff;
  b[o + 1] = (v >>> 8) & 0xff;
}

export function put32(b: Uint8Array, o: number, v: number): void {
  b[o] = v & 0xff;
  b[o + 1] = (v >>> 8) & 0xff;
  b[o + 2] = (v >>> 16) & 0xff;
  b[o + 3] = (v >>> 24) & 0xff;
}
