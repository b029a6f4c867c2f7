import type { Language } from '../i18n/catalogs';

/**
 * The one way screens show a moment: the reader's language, in local time (7 Dec 2026, 13:46 /
 * 2026年12月7日 13:46), always 24-hour. Stored and exported times stay ISO 8601 UTC; only screens
 * format. `timeZone` is for tests; screens leave it to the computer's zone.
 */
export function formatDateTime(iso: string | null, language: Language, timeZone?: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
}

/** A day, as `formatDateTime` writes it without the time. */
export function formatDate(iso: string | null, language: Language, timeZone?: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', ...(timeZone ? { timeZone } : {}) }).format(
    new Date(iso),
  );
}
