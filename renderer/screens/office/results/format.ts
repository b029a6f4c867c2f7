import type { Language } from '../../../../shared/i18n/catalogs';

/** Numbers as officers read them: a fixed number of decimals, empty for missing. */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return value.toFixed(digits);
}

/** Integer yuan with the language's grouping (1,900,000 / 1,900,000). */
export function formatMoney(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(language === 'zh-CN' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 0 }).format(
    value,
  );
}

export function formatInterval(value: [number, number] | null | undefined): string {
  if (!value) return '';
  const part = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  return `${part(value[0])}–${part(value[1])}`;
}

/** Saves bytes from a handler as a file in the browser (and Electron's renderer) via a Blob. */
export function download(file: { fileName: string; mediaType: string; bytes: Uint8Array }): void {
  // A copy of exactly these bytes: a view (a Node Buffer, say) may share a larger buffer.
  const blob = new Blob([Uint8Array.from(file.bytes).buffer], { type: file.mediaType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
