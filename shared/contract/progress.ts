import { z } from 'zod';

/** Progress of long work: `label` is an i18n key, `params` its interpolation values. */
export const progressSchema = z.object({
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  label: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Progress = z.infer<typeof progressSchema>;
