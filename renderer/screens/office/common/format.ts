import type { Language } from '../../../../shared/i18n/catalogs';

/** Whole yuan with the locale's grouping, e.g. 1,200,000. */
export function formatYuan(amount: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(amount);
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

/** An ISO date or date-time shown as its date part. */
export function formatDay(value: string | null): string {
  return value ? value.slice(0, 10) : '—';
}

/** A browser file as bytes for the API (the shell sends them as base64, IPC as they are). */
export async function fileBytes(file: File): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await file.arrayBuffer());
}

/** The name a file was picked under: its path inside a picked folder when there is one. */
export function pickedName(file: File): string {
  return file.webkitRelativePath || file.name;
}
