import { z } from 'zod';
import type { Language } from '../i18n/catalogs';

/** Text an officer writes in both languages (rubric labels, call titles). */
export const localizedTextSchema = z.object({ zh: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export function pick(text: LocalizedText, language: Language): string {
  const preferred = language === 'zh-CN' ? text.zh : text.en;
  return preferred || text.zh || text.en;
}
