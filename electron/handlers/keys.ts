import type { HandlerMap } from '../core/registry';
import { keyState, setOfficePassphrase, unlockOfficeKeys } from '../keys/office-passphrase';

export const keysHandlers: HandlerMap = {
  'keys.status': (_request, { services, session }) => ({
    state: keyState(session.require().db, services, session),
  }),
  'keys.unlock': async (request, { services, session }) => ({
    state: await unlockOfficeKeys(request.passphrase, services, session),
  }),
  'keys.setPassphrase': (request, { services, session }) => setOfficePassphrase(request, services, session),
};
