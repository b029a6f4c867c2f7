import { z } from 'zod';

export const workspaceRoleSchema = z.enum(['office', 'reviewer']);
export type WorkspaceRole = z.infer<typeof workspaceRoleSchema>;

export const workspaceInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: workspaceRoleSchema,
  path: z.string(),
  createdAt: z.string(),
  schemaVersion: z.number().int(),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfoSchema>;

export const workspaceNameSchema = z.string().trim().min(1).max(200);
