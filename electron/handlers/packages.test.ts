import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { enrolmentSecret } from '../../db/repositories/packages';
import { insertAssignmentFixture, type AssignmentFixture } from '../../test/support/db/assignment-fixture';
import type { AssignmentMatrix } from '../../shared/contract/assignments';
import type { RequestOf, ResponseOf } from '../../shared/contract';
import { assignmentPackageContentSchema } from '../../shared/domain/assignment-package';
import { jieqingRubric } from '../../shared/rubric-templates/jieqing';
import { tempDir, testServices } from '../../test/temp';
import { openBundle } from '../bundle/envelope';
import { createApp } from '../app';
import { sha256Hex } from '../crypto/hash';
import { seededByteSource } from '../../shared/random/bytes';
import { demoApplicationPdf } from '../demo/pdf';
import { readAssignmentPackage } from '../reviewer/package-reader';

const en = { language: 'en' as const };
type Exported = ResponseOf<'packages.export'>;

async function pdf(referenceNo: string): Promise<Uint8Array> {
  return demoApplicationPdf({
    referenceNo,
    language: 'en',
    callTitle: 'Test call',
    title: `Title of ${referenceNo}`,
    abstract: 'An abstract.',
    principalInvestigator: 'Zhang Wei',
    institution: 'Guangxi University',
    requestedTotal: 1_200_000,
    budgetLines: [{ workPackage: 'WP1', year: 2026, amount: 1_200_000 }],
    createdAt: new Date('2026-01-01T00:00:00Z'),
  });
}

async function fixture(reviewMode: 'open' | 'blind'): Promise<AssignmentFixture> {
  const applications = await Promise.all(
    Array.from({ length: 5 }, async (_, i) => {
      const referenceNo = `JQ-${i}`;
      const bytes = await pdf(referenceNo);
      return {
        id: `app-${i}`,
        referenceNo,
        keywords: i % 2 === 0 ? ['石墨烯'] : ['ecology'],
        piName: `张${i}`,
        institution: '广西大学',
        email: `pi${i}@gxu.edu.cn`,
        team: ['李雷', '韩梅梅'],
        requestedTotal: 1_200_000,
        budgetLines: [
          { workPackage: 'WP1 材料制备', year: 2026, amount: 700_000 },
          { workPackage: 'WP2 表征', year: 2027, amount: 500_000 },
        ],
        attachments: [
          { id: `att-${i}`, fileName: `${referenceNo}.pdf`, sha256: sha256Hex(bytes), content: bytes },
        ],
      };
    }),
  );
  return {
    call: {
      id: 'call-1',
      code: 'JQ2026',
      reviewMode,
      reviewersPerApplication: 2,
      reviewDueAt: '2026-12-31',
      rubric: jieqingRubric(),
    },
    applications,
    reviewers: [
      { id: 'rev-a', name: '王芳', expertise: ['石墨烯'], maxLoad: 5 },
      { id: 'rev-b', name: 'Alice Smith', expertise: ['ecology'], maxLoad: 5 },
      { id: 'rev-c', name: '=HYPERLINK("x")', expertise: ['石墨烯', 'ecology'], maxLoad: 5 },
    ],
    conflicts: [{ applicationId: 'app-0', reviewerId: 'rev-a', type: 'same-institution' }],
  };
}

async function officeWith(reviewMode: 'open' | 'blind' = 'open') {
  const dataDir = tempDir();
  const dispatcher = createApp(testServices(dataDir, { randomBytes: seededByteSource('packages-test') }));
  await dispatcher.invoke(
    'workspace.create',
    { name: '广西科技厅 Office', role: 'office', path: path.join(dataDir, 'o.sqlite') },
    en,
  );
  const { db } = dispatcher.session.require('office');
  insertAssignmentFixture(db, await fixture(reviewMode));
  const assigned = await dispatcher.invoke('assignments.auto', { callId: 'JQ2026' }, en);
  expect(assigned).toMatchObject({ ok: true, value: { uncovered: [] } });
  return { dispatcher, db, outDir: path.join(dataDir, 'packages') };
}

async function exportPackages(
  dispatcher: Awaited<ReturnType<typeof officeWith>>['dispatcher'],
  request: Omit<RequestOf<'packages.export'>, 'callId'>,
): Promise<Exported> {
  const result = await dispatcher.invoke('packages.export', { callId: 'JQ2026', ...request }, en);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('assignment packages', () => {
  it('one package per reviewer: opens only with its passphrase and carries exactly their work', async () => {
    const { dispatcher, db, outDir } = await officeWith();
    const exported = await exportPackages(dispatcher, { outDir, passphraseList: true });
    expect(exported.packages.map((p) => p.reviewerId).sort()).toEqual(['rev-a', 'rev-b', 'rev-c']);
    const matrix = (await dispatcher.invoke('assignments.matrix', { callId: 'JQ2026' }, en)) as {
      value: AssignmentMatrix;
    };

    for (const issued of exported.packages) {
      expect(issued.passphrase).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/);
      const bytes = new Uint8Array(readFileSync(issued.path));
      expect(sha256Hex(bytes)).toBe(issued.digest);
      const other = exported.packages.find((p) => p.reviewerId !== issued.reviewerId)!;
      await expect(
        openBundle(bytes, { expectedKind: 'assignment-package', decrypt: { passphrase: other.passphrase } }),
      ).rejects.toMatchObject({ code: expect.stringMatching(/^bundle\.errors\./) });

      const opened = await openBundle(bytes, {
        expectedKind: 'assignment-package',
        decrypt: { passphrase: issued.passphrase },
      });
      const content = assignmentPackageContentSchema.parse(
        JSON.parse(new TextDecoder().decode(opened.entries.get('content.json'))),
      );
      const expected = matrix.value.assignments
        .filter((cell) => cell.reviewerId === issued.reviewerId && cell.status === 'assigned')
        .map((cell) => cell.applicationId)
        .sort();
      expect(content.applications.map((a) => a.id).sort()).toEqual(expected);
      expect(content).toMatchObject({
        packageVersion: 1,
        call: { code: 'JQ2026', rubricVersion: 1, reviewMode: 'open' },
        reviewer: { id: issued.reviewerId },
        dueAt: '2026-12-31',
        office: { name: '广西科技厅 Office', signingPublicKey: opened.manifest.sender.signingPublicKey },
      });
      expect(content.enrolmentSecret).toBe(enrolmentSecret(db, issued.reviewerId));
      expect(opened.manifest.recipient).toEqual({ role: 'reviewer', id: issued.reviewerId });
      const attachmentNames = [...opened.entries.keys()]
        .filter((name) => name.startsWith('attachments/'))
        .sort();
      expect(attachmentNames).toEqual(
        content.applications.map((a) => `attachments/${a.attachments[0]!.sha256}.pdf`).sort(),
      );
      for (const application of content.applications) {
        expect(application.applicant).toMatchObject({
          piName: expect.stringMatching(/^张/),
          team: ['李雷', '韩梅梅'],
        });
        expect(application.budgetLines).toHaveLength(2);
        const file = opened.entries.get(`attachments/${application.attachments[0]!.sha256}.pdf`)!;
        expect(sha256Hex(file)).toBe(application.attachments[0]!.sha256);
        expect(new TextDecoder().decode(file.subarray(0, 5))).toBe('%PDF-');
      }
      // The reviewer's app accepts it as it is.
      const verified = await readAssignmentPackage(bytes, issued.passphrase.toLowerCase().replace(/-/g, ' '));
      expect(verified.content.applications).toHaveLength(expected.length);
    }

    // Packages and passphrases travel by different routes: the list is kept out of the package folder.
    expect(exported.passphraseListPath).toBe(path.join(`${outDir}-passphrases`, 'passphrases.csv'));
    expect(readdirSync(outDir).some((name) => name.endsWith('.csv'))).toBe(false);
    // Owner-only: the workspace (with its keys), its WAL, the packages and the passphrase list.
    const workspace = dispatcher.session.require('office').info.path;
    for (const file of [workspace, `${workspace}-wal`, exported.passphraseListPath!])
      expect(statSync(file).mode & 0o777).toBe(0o600);
    for (const issued of exported.packages)
      expect(statSync(path.join(outDir, issued.fileName)).mode & 0o777).toBe(0o600);
    const csv = readFileSync(exported.passphraseListPath!, 'utf8');
    expect(csv.startsWith('\ufeff"Reviewer","E-mail","Call","File","Version","Passphrase"\r\n')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    for (const issued of exported.packages) expect(csv).toContain(`"${issued.passphrase}"`);

    const calls = await dispatcher.invoke('assignments.calls', {}, en);
    expect(calls).toMatchObject({ ok: true, value: [{ code: 'JQ2026', status: 'reviewing' }] });
  });

  it('re-issues only changed packages with a higher version, keeping the enrolment secret', async () => {
    const { dispatcher, db, outDir } = await officeWith();
    const first = await exportPackages(dispatcher, { outDir });
    const secrets = Object.fromEntries(
      first.packages.map((p) => [p.reviewerId, enrolmentSecret(db, p.reviewerId)]),
    );
    const status = async () =>
      (
        (await dispatcher.invoke('packages.status', { callId: 'JQ2026' }, en)) as {
          value: ResponseOf<'packages.status'>;
        }
      ).value;
    expect((await status()).reviewers.map((r) => r.state)).toEqual(['current', 'current', 'current']);

    const matrix = (await dispatcher.invoke('assignments.matrix', { callId: 'JQ2026' }, en)) as {
      value: AssignmentMatrix;
    };
    const moved = matrix.value.assignments.find((cell) => cell.reviewerId === 'rev-b')!;
    await dispatcher.invoke('assignments.set', { callId: 'JQ2026', ...moved, assigned: false }, en);
    const states = Object.fromEntries((await status()).reviewers.map((r) => [r.reviewerId, r.state]));
    expect(states).toEqual({ 'rev-a': 'current', 'rev-b': 'outdated', 'rev-c': 'current' });

    const second = await exportPackages(dispatcher, { outDir });
    expect(second.packages).toMatchObject([{ reviewerId: 'rev-b', version: 2 }]);
    expect(second.packages[0]!.fileName).toMatch(/-v2\.pdpkg$/);
    expect(enrolmentSecret(db, 'rev-b')).toBe(secrets['rev-b']);
    const bytes = new Uint8Array(readFileSync(second.packages[0]!.path));
    const old = first.packages.find((p) => p.reviewerId === 'rev-b')!;
    await expect(
      openBundle(bytes, { expectedKind: 'assignment-package', decrypt: { passphrase: old.passphrase } }),
    ).rejects.toThrow();
    const reopened = await openBundle(bytes, {
      expectedKind: 'assignment-package',
      decrypt: { passphrase: second.packages[0]!.passphrase },
    });
    const content = assignmentPackageContentSchema.parse(
      JSON.parse(new TextDecoder().decode(reopened.entries.get('content.json'))),
    );
    expect(content.packageVersion).toBe(2);
    expect(content.applications.some((a) => a.id === moved.applicationId)).toBe(false);
    expect(content.office.signingPublicKey).toBe(
      (
        await openBundle(readFileSync(old.path), {
          expectedKind: 'assignment-package',
          decrypt: { passphrase: old.passphrase },
        })
      ).manifest.sender.signingPublicKey,
    );

    const everything = await exportPackages(dispatcher, { outDir, scope: 'all' });
    expect(everything.packages.map((p) => p.version).sort()).toEqual([2, 2, 3]);
  });

  it('removes the applicant in blind review', async () => {
    const { dispatcher, outDir } = await officeWith('blind');
    const exported = await exportPackages(dispatcher, { outDir });
    for (const issued of exported.packages) {
      const opened = await openBundle(readFileSync(issued.path), {
        expectedKind: 'assignment-package',
        decrypt: { passphrase: issued.passphrase },
      });
      const text = new TextDecoder().decode(opened.entries.get('content.json'));
      const content = assignmentPackageContentSchema.parse(JSON.parse(text));
      expect(content.call.reviewMode).toBe('blind');
      expect(content.applications.every((a) => a.applicant === null)).toBe(true);
      expect(text).not.toMatch(/张\d|gxu\.edu\.cn|李雷/);
    }
  });

  it('cancelling or refusing leaves no file and records nothing', async () => {
    const { dispatcher, outDir } = await officeWith();
    const controller = new AbortController();
    controller.abort();
    await expect(
      dispatcher.invoke(
        'packages.export',
        { callId: 'JQ2026', outDir },
        { ...en, signal: controller.signal },
      ),
    ).resolves.toMatchObject({ ok: false, code: 'errors.cancelled' });
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
    const status = await dispatcher.invoke('packages.status', { callId: 'JQ2026' }, en);
    expect(status).toMatchObject({
      ok: true,
      value: { call: { status: 'draft' }, reviewers: [{ state: 'new' }, { state: 'new' }, { state: 'new' }] },
    });
    await expect(
      dispatcher.invoke('packages.export', { callId: 'JQ2026', outDir, reviewerIds: ['nobody'] }, en),
    ).resolves.toMatchObject({ ok: false, code: 'assignment.errors.notAssignedReviewers' });
  });
});
