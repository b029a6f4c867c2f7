import { z } from 'zod';
import { channel } from './channel';
import { workspaceInfoSchema, workspaceNameSchema, workspaceRoleSchema } from '../domain/workspace';
import { languages } from '../i18n/catalogs';

export const workspaceChannels = {
  'app.info': channel(
    z.object({}),
    z.object({
      version: z.string(),
      door: z.enum(['desktop', 'browser', 'cli']),
      systemLanguage: z.enum(languages),
      /** Where stacks of unexpected failures are logged (shown in About). */
      logFile: z.string(),
      workspace: workspaceInfoSchema.nullable(),
    }),
  ),
  'workspace.create': channel(
    z.object({
      name: workspaceNameSchema,
      role: workspaceRoleSchema,
      /** Where to create it; omitted means the app's workspaces folder. */
      path: z.string().min(1).optional(),
    }),
    workspaceInfoSchema,
  ),
  'workspace.open': channel(z.object({ path: z.string().min(1) }), workspaceInfoSchema),
  'workspace.close': channel(z.object({}), z.object({ closed: z.boolean() })),
  'workspace.recent': channel(
    z.object({}),
    z.array(
      z.object({ path: z.string(), name: z.string(), role: workspaceRoleSchema, openedAt: z.string() }),
    ),
  ),
  'workspace.backup': channel(
    z.object({ path: z.string().min(1) }),
    z.object({ path: z.string(), bytes: z.number().int() }),
  ),
  /**
   * The audit log, newest first. `area` keeps actions of one area (`results` for `results.*`);
   * `query` is a substring of the action, the subject, the details or the subject's name.
   * `subjectLabel` is the subject in words: a call's code, an application's reference number, a
   * reviewer's name (a pair `application:reviewer` as both, joined by “ · ”).
   */
  'audit.list': channel(
    z.object({
      limit: z.number().int().min(1).max(500).default(100),
      beforeId: z.number().int().optional(),
      area: z.string().min(1).max(50).optional(),
      query: z.string().max(200).default(''),
    }),
    z.array(
      z.object({
        id: z.number().int(),
        at: z.string(),
        actor: z.string(),
        action: z.string(),
        subject: z.string(),
        subjectLabel: z.string(),
        details: z.record(z.string(), z.unknown()),
      }),
    ),
  ),
};
