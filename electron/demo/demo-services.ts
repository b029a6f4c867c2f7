import { deriveSeed, seededByteSource, type Seed } from '../../shared/random';
import type { Services } from '../core/context';

/**
 * The demo office's day: after both demo calls have closed (31 March, 15 April 2026) and before
 * their reviews are due (30 June), so applications, assignments and simulated reviews all fall in
 * their windows whatever day the demo is run.
 */
export const DEMO_START = '2026-05-06T01:00:00.000Z';

/**
 * A clock that starts at `start` and moves one second per reading: timestamps stay distinct and in
 * order, and the same sequence of use cases reads the same times on every run.
 */
export function steppingClock(start: string): () => Date {
  let tick = 0;
  const origin = Date.parse(start);
  return () => new Date(origin + 1000 * tick++);
}

/**
 * Services for work the demo does in the name of a party (the office, one simulated reviewer): the
 * caller's folders, door and key protection, but bytes drawn from the demo seed and the demo clock,
 * so one seed gives the same ids, keys, passphrases, dates and scores on any day.
 */
export function demoServices(base: Services, seed: Seed, party: string, now: () => Date): Services {
  return { ...base, randomBytes: seededByteSource(deriveSeed(seed, 'demo', party)), now };
}
