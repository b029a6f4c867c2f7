import { z } from 'zod';
import { fileBytesSchema } from '../domain/file-bytes';
import { channel } from './channel';

export const remindersChannels = {
  /**
   * One reminder e-mail per reviewer with overdue reviews in a call, as `.eml` files (RFC 5322,
   * UTF-8, subject per RFC 2047) in one ZIP, each in the reviewer's language, from the officer's
   * address. Audited. Refused when no reviewer is overdue.
   */
  'reminders.export': channel(
    z.object({
      callId: z.string().min(1).max(200),
      from: z.object({ name: z.string().trim().max(200).default(''), address: z.email().max(320) }),
    }),
    z.object({
      fileName: z.string(),
      mediaType: z.string(),
      bytes: fileBytesSchema,
      /** Reviewers written to, in the order of the files. */
      reviewers: z.array(z.object({ name: z.string(), email: z.string(), language: z.string() })),
    }),
  ),
};
