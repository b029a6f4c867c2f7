import { describe, expect, it } from 'vitest';
import type { ChannelName, PeerdeskApi, ResponseOf } from '../../../shared/contract';
import { withPassphrasePrompt } from './passphrase-prompt';

const reviewerWorkspace = {
  id: 'w1',
  name: 'My reviews',
  role: 'reviewer' as const,
  path: '/workspaces/my-reviews.peerdesk',
  createdAt: '2026-01-01T00:00:00Z',
  schemaVersion: 1,
};

/** What the door answers once a package opened, by channel. */
const opened: { [C in ChannelName]?: ResponseOf<C> } = {
  'reviewer.openPackage': {
    workspace: reviewerWorkspace,
    outcome: 'created',
    callId: 'c1',
    callCode: 'GX-NSF-2026',
    callTitle: { zh: '面上项目', en: 'General programme' },
    packageVersion: 1,
    previousVersion: null,
    added: 3,
    archived: 0,
    kept: 0,
  },
  'reviewer.panel.open': {
    workspace: reviewerWorkspace,
    outcome: 'added',
    callId: 'c2',
    callCode: 'JQ2026',
    packageVersion: 1,
    applications: 4,
  },
};

/** A transport that refuses the first open-package call as a door without a key store does. */
function keylessDoor() {
  const requests: unknown[] = [];
  const api: PeerdeskApi = {
    invoke: async (channel, request) => {
      requests.push(request);
      const hasKeyPassphrase = typeof request === 'object' && request !== null && 'keyPassphrase' in request;
      const value = opened[channel];
      if (value === undefined) return { ok: false, code: 'errors.unknownChannel', message: channel };
      if (!hasKeyPassphrase)
        return { ok: false, code: 'keys.errors.reviewerPassphraseRequired', message: 'choose one' };
      return { ok: true, value };
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
    expect(await api.invoke('reviewer.openPackage', open)).toEqual({
      ok: true,
      value: opened['reviewer.openPackage'],
    });
    expect(door.requests).toEqual([open, { ...open, keyPassphrase: 'my own review passphrase' }]);
  });

  it("does the same for a panel member's first panel package", async () => {
    const door = keylessDoor();
    const api = withPassphrasePrompt(door.api, neverAsked, async () => 'my own panel passphrase');
    const panel = { source: { path: '/packages/JQ2026-panel.pdpanel' }, passphrase: 'CCCC-DDDD' };
    expect(await api.invoke('reviewer.panel.open', panel)).toEqual({
      ok: true,
      value: opened['reviewer.panel.open'],
    });
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
