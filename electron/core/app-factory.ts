import type { Services } from './context';
import type { Dispatcher } from './registry';
import type { Session } from './session';

/**
 * Makes another dispatcher over the app's own handlers, for a use case that acts as a second app
 * in-process: the demo's seeded office, each simulated reviewer. Without a session it gets a fresh
 * one of its own; with one it acts on that session (e.g. to open a result in the caller's window).
 * The composition root (electron/app.ts) provides it, so core/ never imports handlers/.
 */
export type AppFactory = (services: Services, session?: Session) => Dispatcher;
