import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from './index';
import { checkWireResult } from './typed-contract';

/** The kinds of schema whose output is not a valid input to itself (or not the same value again). */
const REWRITING = new Set(['pipe', 'transform', 'catch', 'prefault']);

/** Every schema kind inside `schema`, with `coerce` for a coercing one. */
function kindsIn(schema: z.core.$ZodType, seen = new Set<z.core.$ZodType>()): Set<string> {
  const kinds = new Set<string>();
  const visit = (node: unknown): void => {
    if (node instanceof z.core.$ZodType) {
      if (seen.has(node)) return;
      seen.add(node);
      const def = node._zod.def;
      kinds.add(def.type);
      if ('coerce' in def && def.coerce === true) kinds.add('coerce');
      if (def.type === 'lazy' && 'getter' in def && typeof def.getter === 'function') visit(def.getter());
      for (const value of Object.values(def)) visit(value);
    } else if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (typeof node === 'object' && node !== null) {
      Object.values(node).forEach(visit);
    }
  };
  visit(schema);
  return kinds;
}

describe('response schemas on both sides of a wire', () => {
  it('finds the kinds a schema is made of, rewriting ones included', () => {
    const rewriting = z.object({ n: z.coerce.number(), s: z.array(z.string().transform((t) => t.length)) });
    expect([...kindsIn(rewriting)]).toEqual(expect.arrayContaining(['object', 'coerce', 'array', 'pipe']));
  });

  it('never rewrite a value, so the dispatcher’s output checks again unchanged in a transport', () => {
    const rewritingChannels = Object.entries(contract)
      .filter(([, spec]) =>
        [...kindsIn(spec.response)].some((kind) => REWRITING.has(kind) || kind === 'coerce'),
      )
      .map(([name]) => name);
    expect(rewritingChannels).toEqual([]);
  });

  it('passes refusals read off a wire, and refuses values that break the channel’s schema', () => {
    const refusal = { ok: false, code: 'errors.noWorkspace', message: 'No workspace is open.' };
    expect(checkWireResult('workspace.close', refusal)).toEqual({ ok: true, value: refusal });
    expect(checkWireResult('workspace.close', { ok: true, value: { closed: true } })).toEqual({
      ok: true,
      value: { ok: true, value: { closed: true } },
    });
    expect(checkWireResult('workspace.close', { ok: true, value: { closed: 'yes' } })).toEqual({
      ok: false,
      detail: 'closed: Invalid input: expected boolean, received string',
    });
    expect(checkWireResult('workspace.close', { ok: false, message: 'no code' })).toMatchObject({
      ok: false,
    });
    expect(checkWireResult('workspace.close', 'nonsense')).toMatchObject({ ok: false });
  });
});
