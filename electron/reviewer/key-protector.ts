import type { KeyProtector, Services } from '../core/context';

/** Under Node (CLI, browser shell, tests) keys are stored as they are; the row says 'none'. */
export const noKeyProtection: KeyProtector = {
  kind: 'none',
  protect: (secret) => secret.slice(),
  unprotect: (stored) => stored.slice(),
};

export function keyProtectorOf(services: Services): KeyProtector {
  return services.keyProtector ?? noKeyProtection;
}
