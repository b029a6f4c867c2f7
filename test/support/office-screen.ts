import path from 'node:path';
import type { ChannelName, RequestOf, ResponseOf } from '../../shared/contract';
import { setApi } from '../../renderer/api/api';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { expect, vi } from 'vitest';
import type { Language } from '../../shared/i18n/catalogs';
import { setLanguage } from '../../renderer/i18n/i18n';
import { realApi } from '../dom-api';

/** Answers a channel's value, or throws its refusal (a test's setup must not be refused). */
export type Ok = <C extends ChannelName>(channel: C, request: RequestOf<C>) => Promise<ResponseOf<C>>;

export type OfficeBackend = ReturnType<typeof realApi> & { ok: Ok };

/** The columns of an applications file, in the order the import template gives them. */
export const applicationsHeader =
  'reference_no,title,abstract,keywords,discipline,pi_name,institution,email,team,duration_months,requested_total,budget_lines';

/** The real backend, set as the renderer's API. */
function connectedBackend(): OfficeBackend {
  const backend = realApi();
  setApi(backend.api);
  const ok: Ok = async (channel, request) => {
    const result = await backend.dispatcher.invoke(channel, request, { language: 'en' });
    if (!result.ok) throw new Error(`${channel}: ${result.message}`);
    return result.value;
  };
  return { ...backend, ok };
}

/**
 * For office screen tests: the renderer's API on a real dispatcher with a new office workspace in a
 * temp folder (screens rendered after this call talk to it).
 */
export async function officeScreenBackend(): Promise<OfficeBackend> {
  const backend = connectedBackend();
  const { ok } = backend;
  await ok('workspace.create', {
    name: 'Office',
    role: 'office',
    path: path.join(backend.dataDir, 'o.sqlite'),
  });
  return backend;
}

/** Imports applications into a call from CSV lines (`header` first). */
export async function importApplicationRows(
  ok: Ok,
  callId: string,
  lines: readonly string[],
  header = applicationsHeader,
): Promise<void> {
  const csv = [header, ...lines].join('\n');
  await ok('applications.import', {
    callId,
    file: { name: 'a.csv', bytes: new Uint8Array(Buffer.from(csv, 'utf8')) },
  });
}

/** A demo office (calls, applications, reviewers and assignments) made by the app's own demo. */
export async function demoOfficeBackend(
  seed: string,
  size: { applications: number; reviewers: number; perApplication: number; simulate?: boolean },
): Promise<OfficeBackend & { demo: ResponseOf<'demo.run'> }> {
  const backend = connectedBackend();
  const { ok } = backend;
  const demo = await ok('demo.run', { outDir: path.join(backend.dataDir, 'demo'), seed, ...size });
  return { ...backend, demo };
}

/**
 * The files a screen hands to the browser to save, in order. jsdom has no object URLs, and the
 * screens' downloads go through them: restore the mocks with `vi.restoreAllMocks()`.
 */
export function captureDownloads(): Blob[] {
  const saved: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    saved.push(blob);
    return 'blob:saved';
  });
  URL.revokeObjectURL = vi.fn();
  return saved;
}

/**
 * Issues assignment packages for a call (one reviewer, one application, assigned), after which its
 * category, review mode and rubric are held by the reviewers' packages.
 */
export async function issuePackages({ ok, dataDir }: OfficeBackend, callId: string): Promise<void> {
  await ok('reviewers.create', {
    name: 'Maria Rossi',
    email: 'maria.rossi@ethz.ch',
    institution: 'ETH Zurich',
    expertise: ['ecology'],
    languages: ['en'],
    collaborators: [],
    maxLoad: 5,
  });
  await importApplicationRows(
    ok,
    callId,
    ['HE-1,Karst ecology,张伟,广西大学,900000'],
    'Reference No.,Title,Principal investigator,Institution,Requested total (CNY)',
  );
  await ok('assignments.auto', { callId, mode: 'replace-unlocked', perApplication: 1 });
  await ok('packages.export', { callId, outDir: path.join(dataDir, 'packages') });
}

/**
 * Renders an office screen on a new office workspace, in `language`, once `prepare` has put in it
 * what the screen should find; answers the backend and a user to act with.
 */
export async function renderOffice(
  screen: ReactElement,
  {
    language = 'en',
    prepare,
  }: { language?: Language; prepare?: (backend: OfficeBackend) => Promise<void> } = {},
) {
  const backend = await officeScreenBackend();
  await prepare?.(backend);
  await setLanguage(language);
  const user = userEvent.setup();
  render(screen);
  return { backend, user };
}

/** A control that is disabled and says why: the reason is its accessible description. */
export function expectBlocked(control: HTMLElement, reason: string): void {
  expect(control).toBeDisabled();
  expect(control).toHaveAccessibleDescription(reason);
}
