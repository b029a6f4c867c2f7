import type { AppFactory } from './core/app-factory';
import type { Services } from './core/context';
import { createDispatcher, type Dispatcher, type HandlerMap } from './core/registry';
import { Session } from './core/session';
import { createHandlers } from './handlers';

/**
 * The composition root shared by all three doors: every handler, wired once. Use cases that act as
 * a second app in-process (the demo office, simulated reviewers) get `appFactory`, which makes
 * dispatchers over these same handlers, so nothing under core/ or handlers/ imports this file.
 */
const appFactory: AppFactory = (services, session) =>
  createDispatcher(handlers, services, session ?? new Session(services));
export const handlers: HandlerMap = createHandlers({ createApp: appFactory });

export function createApp(services: Services): Dispatcher {
  return appFactory(services);
}
