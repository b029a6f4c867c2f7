import { appendAudit } from '../../db/repositories/audit-log';
import { listChase } from '../../db/repositories/dashboard';
import { getReviewer } from '../../db/repositories/reviewers';
import { pick } from '../../shared/domain/localized';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/i18n/catalogs';
import { translate } from '../../shared/i18n/translate';
import { formatDate } from '../../shared/text/dates';
import { writeZip } from '../bundle/zip-writer';
import type { HandlerMap } from '../core/registry';
import { emlMessage } from '../reminders/eml';
import { officeDb, requireCall } from './office-support';

/**
 * The language to write to a reviewer in: Chinese if they read it, English if that is all they
 * declared, else the officer's own.
 */
function reviewerLanguage(declared: readonly string[], fallback: Language): Language {
  const codes = declared.map((code) => code.toLowerCase());
  if (codes.some((code) => code.startsWith('zh'))) return 'zh-CN';
  if (codes.some((code) => code.startsWith('en'))) return 'en';
  return fallback;
}

/** A file name part without the characters file systems refuse (control characters included). */
const safeName = (text: string) =>
  [...text]
    .map((char) => (char < ' ' || '\\/:*?"<>|'.includes(char) ? '_' : char))
    .join('')
    .trim() || 'reviewer';

export const remindersHandlers: HandlerMap = {
  'reminders.export': (request, ctx) => {
    const db = officeDb(ctx);
    const call = requireCall(db, request.callId);
    const now = ctx.services.now();
    const overdue = listChase(db, now.toISOString(), call.id).filter((row) => row.overdue > 0);
    if (overdue.length === 0) throw new AppError('office.reminders.errors.noneOverdue', { call: call.code });
    const office = ctx.session.require('office').info.name;
    const from = { name: request.from.name || office, address: request.from.address };
    const written = overdue.map((row, index) => {
      const language = reviewerLanguage(getReviewer(db, row.reviewerId)?.languages ?? [], ctx.language);
      const t = (key: string, params: Record<string, string | number>) =>
        translate(language, `office.reminders.${key}`, params);
      const id = Buffer.from(ctx.services.randomBytes(12)).toString('hex');
      const bytes = emlMessage({
        from,
        to: { name: row.name, address: row.email },
        subject: t('subject', { count: row.overdue, call: call.code }),
        body: t('body', {
          name: row.name,
          title: pick(call.title, language),
          call: call.code,
          outstanding: row.outstanding,
          overdue: row.overdue,
          // A due day has no time zone: shown as written, wherever the office computer is set.
          due: formatDate(row.oldestDueAt, language, row.oldestDueAt?.length === 10 ? 'UTC' : undefined),
          list: row.applications.map((reference) => `- ${reference}`).join('\n'),
          office: from.name,
        }),
        date: now,
        messageId: `${id}@peerdesk.invalid`,
      });
      const name = `${String(index + 1).padStart(3, '0')}-${safeName(row.name)}.eml`;
      return { entry: { name, bytes }, reviewer: { name: row.name, email: row.email, language } };
    });
    appendAudit(db, {
      at: now.toISOString(),
      actor: 'officer',
      action: 'reminders.export',
      subject: call.code,
      details: { reviewers: written.length, from: from.address },
    });
    return {
      fileName: translate(ctx.language, 'office.reminders.fileName', { call: call.code }),
      mediaType: 'application/zip',
      bytes: writeZip(written.map((item) => item.entry)),
      reviewers: written.map((item) => item.reviewer),
    };
  },
};
