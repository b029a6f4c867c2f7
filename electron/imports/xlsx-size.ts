import { Unzip, UnzipInflate, unzipSync } from 'fflate';

/**
 * Size limits checked on an .xlsx (a ZIP of XML parts) before exceljs parses it, because exceljs
 * holds every part inflated and then its whole model in memory: a 400 KB workbook whose sheet
 * inflates to 400 MB would otherwise cost gigabytes. The largest sheet the importer accepts
 * (100,000 rows) is far below these limits.
 */
export const XLSX_LIMITS = {
  /** All parts together, inflated. */
  totalBytes: 100 * 1024 * 1024,
  /** Inflated size per compressed byte of one part; XML of real sheets stays well under 100. */
  ratio: 100,
  /** Parts smaller than this are not held to the ratio (tiny XML compresses extremely well). */
  ratioFloorBytes: 1024 * 1024,
  parts: 10_000,
} as const;

export type XlsxSizeProblem =
  | { problem: 'workbookTooLarge'; params: { limitMb: number } }
  | { problem: 'workbookRatio'; params: { part: string; ratio: number; limit: number } };

const tooLarge: XlsxSizeProblem = {
  problem: 'workbookTooLarge',
  params: { limitMb: XLSX_LIMITS.totalBytes / 1024 / 1024 },
};

/** Input is fed to the inflater in slices this small, so one step never inflates more than ~16 MB. */
const SLICE_BYTES = 16 * 1024;

function ratioProblem(part: string, inflated: number, compressed: number): XlsxSizeProblem | null {
  if (inflated < XLSX_LIMITS.ratioFloorBytes) return null;
  const ratio = inflated / Math.max(compressed, 1);
  return ratio > XLSX_LIMITS.ratio
    ? { problem: 'workbookRatio', params: { part, ratio: Math.round(ratio), limit: XLSX_LIMITS.ratio } }
    : null;
}

/**
 * The first size problem of a workbook, or null. First the sizes the central directory declares
 * (nothing inflated); then every part is inflated in small slices and counted, output discarded,
 * so a part that lies about its size is caught with at most one slice of memory.
 */
export function xlsxSizeProblem(bytes: Uint8Array): XlsxSizeProblem | null {
  let declared: XlsxSizeProblem | null = null;
  let total = 0;
  let parts = 0;
  unzipSync(bytes, {
    filter: (part) => {
      parts += 1;
      total += part.originalSize;
      declared ??= ratioProblem(part.name, part.originalSize, part.size);
      return false;
    },
  });
  if (parts > XLSX_LIMITS.parts || total > XLSX_LIMITS.totalBytes) return tooLarge;
  if (declared) return declared;
  return inflatedSizeProblem(bytes);
}

function inflatedSizeProblem(bytes: Uint8Array): XlsxSizeProblem | null {
  let found: XlsxSizeProblem | null = null;
  let total = 0;
  const unzip = new Unzip((part) => {
    let inflated = 0;
    part.ondata = (error, chunk) => {
      if (error) throw error;
      if (found) return;
      inflated += chunk.length;
      total += chunk.length;
      // The compressed size is known for parts written with sizes in the local header; for the
      // rest (data descriptors) the total limit alone applies.
      found =
        total > XLSX_LIMITS.totalBytes
          ? tooLarge
          : part.size === undefined
            ? null
            : ratioProblem(part.name, inflated, part.size);
      if (found) part.terminate();
    };
    part.start();
  });
  unzip.register(UnzipInflate);
  for (let offset = 0; offset < bytes.length && !found; offset += SLICE_BYTES) {
    const end = Math.min(offset + SLICE_BYTES, bytes.length);
    unzip.push(bytes.subarray(offset, end), end === bytes.length);
  }
  return found;
}
