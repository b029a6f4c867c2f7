import { describe, expect, it } from 'vitest';
import type { PeerdeskApi } from '../../../shared/contract';
import { withPassphrasePrompt } from './passphrase-prompt';

/** A transport that refuses the first open-package call as a door without a key store does. */
function keylessDoor() {
  const requests: unknown[] = [];
  const api: PeerdeskApi = {
    invoke: async (channel, request) => {
      requests.push(request);
      const hasKeyPassphrase = typeof (request as { keyPassphrase?: string }).keyPassphrase === 'string';
      const opensPackage = channel === 'reviewer.openPackage' || channel === 'reviewer.panel.open';
      if (opensPackage && !hasKeyPassphrase)
        return { ok: false, code: 'keys.errors.reviewerPassphraseRequired', message: 'choose one' };
      return { ok: true, value: null as never };
    },
  };
  return { api, requests };
}

const open = { source: { path: '/packages/GX-NSF-2026.pdpkg' }, passphrase: 'AAAA-BBBB' };
const neverAsked = () => Promise.reject(new Error('the office prompt is not for a reviewer key'));

describe('the reviewer passphrase prompt in front of the API', () => {
  it('retries the first package with the reviewer passphrase chosen in the prompt', async () => {
    const door = keylessDoor();
    const api = withPassphrasePrompt(door.api, neverAsked, async () => 'my own review passphrase');
    expect(await api.invoke('reviewer.openPackage', open)).toEqual({ ok: true, value: null });
    expect(door.requests).toEqual([open, { ...open, keyPassphrase: 'my own review passphrase' }]);
  });

  it("does the same for a panel member's first panel package", async () => {
    const door = keylessDoor();
    const api = withPassphrasePrompt(door.api, neverAsked, async () => 'my own panel passphrase');
    const panel = { source: { path: '/packages/JQ2026-panel.pdpanel' }, passphrase: 'CCCC-DDDD' };
    expect(await api.invoke('reviewer.panel.open', panel)).toEqual({ ok: true, value: null });
    expect(door.requests).toEqual([panel, { ...panel, keyPassphrase: 'my own panel passphrase' }]);
  });

  it('answers the refusal, opening nothing, when the prompt is cancelled', async () => {
    const door = keylessDoor();
    const api = withPassphrasePrompt(door.api, neverAsked, async () => null);
    expect(await api.invoke('reviewer.openPackage', open)).toMatchObject({
      ok: false,
      code: 'keys.errors.reviewerPassphraseRequired',
    });
    expect(door.requests).toEqual([open]);
  });
});
