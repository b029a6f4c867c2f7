import { timingSafeEqual } from 'node:crypto';

export interface ShellRequestFacts {
  host: string | undefined;
  origin: string | undefined;
  token: string | undefined;
}

export type ShellVerdict = { allowed: true } | { allowed: false; status: 401 | 403; reason: string };

/**
 * The browser shell answers only requests that name it exactly as it is bound (which defeats DNS
 * rebinding), come from its own origin when a browser says where they come from, and carry this
 * run's random token.
 */
export function checkShellRequest(
  facts: ShellRequestFacts,
  expected: { port: number; token: string },
  needsToken: boolean,
): ShellVerdict {
  const hosts = [`127.0.0.1:${expected.port}`, `localhost:${expected.port}`];
  if (!facts.host || !hosts.includes(facts.host.toLowerCase())) {
    return { allowed: false, status: 403, reason: 'host not allowed' };
  }
  if (
    facts.origin !== undefined &&
    !hosts.map((host) => `http://${host}`).includes(facts.origin.toLowerCase())
  ) {
    return { allowed: false, status: 403, reason: 'origin not allowed' };
  }
  if (needsToken && !sameSecret(facts.token ?? '', expected.token)) {
    return { allowed: false, status: 401, reason: 'missing or wrong token' };
  }
  return { allowed: true };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
