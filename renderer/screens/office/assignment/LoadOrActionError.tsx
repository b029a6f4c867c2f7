import type { Err } from '../../../../shared/result';
import { ErrorNotice } from '../../../components/ErrorNotice';

/**
 * The error of loading a screen's data or of its last action, one at a time (loading first);
 * dismissing it clears both, so an older one does not surface in its place.
 */
export function LoadOrActionError({
  load,
  action,
}: {
  load: { error: Err | null; clearError: () => void };
  action: { error: Err | null; setError: (error: null) => void };
}) {
  return (
    <ErrorNotice
      error={load.error ?? action.error}
      onDismiss={() => {
        load.clearError();
        action.setError(null);
      }}
    />
  );
}
