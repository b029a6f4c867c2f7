import type { FormFields } from './review-form';

/**
 * The form as last typed, kept in the browser's localStorage until the handler acknowledges it, so a
 * reload, a crash or a refused save loses nothing. One entry per workspace and application.
 */
export interface LocalDraft {
  fields: FormFields;
}

function storageKey(workspaceId: string, applicationId: string): string {
  return `peerdesk.review-draft.${workspaceId}.${applicationId}`;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage disabled by the user's settings: the server copy is all there is
  }
}

/** The shape written by keepLocalDraft; anything else (an older build, a hand edit) is ignored. */
function isFormFields(value: unknown): value is FormFields {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  const isRecord = (inner: unknown) => typeof inner === 'object' && inner !== null;
  return (
    isRecord(fields.scoreText) &&
    isRecord(fields.choices) &&
    isRecord(fields.comments) &&
    isRecord(fields.budget)
  );
}

export function keepLocalDraft(workspaceId: string, applicationId: string, draft: LocalDraft): void {
  try {
    storage()?.setItem(storageKey(workspaceId, applicationId), JSON.stringify(draft));
  } catch {
    // Quota exceeded: the autosave still runs; only the local safety copy is missing.
  }
}

export function readLocalDraft(workspaceId: string, applicationId: string): LocalDraft | null {
  const raw = storage()?.getItem(storageKey(workspaceId, applicationId));
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as { fields?: unknown };
    return isFormFields(parsed.fields) ? { fields: parsed.fields } : null;
  } catch {
    return null;
  }
}

export function dropLocalDraft(workspaceId: string, applicationId: string): void {
  storage()?.removeItem(storageKey(workspaceId, applicationId));
}
