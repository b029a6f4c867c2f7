/**
 * Hard limits for reading bundle containers. Every limit is checked before the bytes it guards are
 * read or allocated, so a hostile file can never make Peerdesk allocate more than these numbers.
 * Callers may tighten or (for special imports) loosen them per call.
 */
export interface ZipLimits {
  /** Largest accepted container file, in bytes. */
  maxFileBytes: number;
  /** Most entries in the central directory. */
  maxEntries: number;
  /** Largest declared uncompressed size of a single entry, in bytes. */
  maxEntryBytes: number;
  /** Largest sum of declared uncompressed sizes of all entries, in bytes. */
  maxTotalBytes: number;
  /** Largest uncompressed / compressed ratio of a deflated entry… */
  maxCompressionRatio: number;
  /** …checked only for entries whose uncompressed size is above this many bytes. */
  compressionRatioFloorBytes: number;
  /** Longest entry name, in UTF-8 bytes. */
  maxNameBytes: number;
}

export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxFileBytes: 1024 * 1024 * 1024, // 1 GiB
  maxEntries: 10_000,
  maxEntryBytes: 512 * 1024 * 1024, // 512 MiB
  maxTotalBytes: 1024 * 1024 * 1024, // 1 GiB
  maxCompressionRatio: 100,
  compressionRatioFloorBytes: 1024 * 1024, // 1 MiB
  maxNameBytes: 255,
});

/** Limits on the two envelope entries that are read before the signature is checked. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
export const MAX_SIGNATURE_BYTES = 256;
/** Nesting depth accepted in manifest.json (the schema needs 4). */
export const MAX_MANIFEST_DEPTH = 8;

export function resolveZipLimits(overrides: Partial<ZipLimits> | undefined): ZipLimits {
  const limits: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...overrides };
  for (const [key, value] of Object.entries(limits)) {
    if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value)) {
      throw new RangeError(`ZIP limit ${key} must be a finite non-negative number, got ${String(value)}`);
    }
  }
  return limits;
}
