import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../../test/temp';
import { openBundle } from '../../bundle/envelope';
import {
  buildFixturePackage,
  completeDraft,
  jieqingFixtureRubric,
  type FixturePackage,
} from '../../../test/support/reviewer/fixtures';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE } from '../main';
import { runCli } from '../../../test/support/cli/run-cli';

const run = (argv: string[]) => runCli(argv, 'en');

describe('peerdesk reviewer (CLI)', () => {
  const dir = tempDir('peerdesk-reviewer-cli-');
  const workspace = path.join(dir, 'zhang.peerdesk.sqlite');
  const packageFile = path.join(dir, 'GX-JQ-2026.pdpkg');
  const passphraseFile = path.join(dir, 'passphrase.txt');
  let pkg: FixturePackage;

  beforeAll(async () => {
    process.env.PEERDESK_DATA_DIR = path.join(dir, 'data');
    pkg = await buildFixturePackage({ category: 'lump-sum' });
    writeFileSync(packageFile, pkg.bytes);
    writeFileSync(passphraseFile, `${pkg.passphrase}\n`);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('opens, scores, submits, recuses and exports with the same handlers', async () => {
    const wrong = path.join(dir, 'wrong.txt');
    writeFileSync(wrong, 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF');
    const openArgs = ['reviewer', 'open', '--workspace', workspace, '--package', packageFile];
    const refused = await run([...openArgs, '--passphrase-file', wrong]);
    expect(refused.code).toBe(EXIT_REFUSED);
    expect(refused.err).toContain('passphrase is not correct');

    // The identity key is never made unprotected: without a reviewer passphrase, nothing is opened.
    const unprotected = await run([...openArgs, '--passphrase-file', passphraseFile]);
    expect(unprotected.code).toBe(EXIT_REFUSED);
    expect(unprotected.err).toContain('PEERDESK_REVIEWER_PASSPHRASE');
    expect(existsSync(workspace)).toBe(false);
    vi.stubEnv('PEERDESK_REVIEWER_PASSPHRASE', 'zhang wei reviews at home');

    const opened = await run([...openArgs, '--passphrase-file', passphraseFile]);
    expect(opened).toMatchObject({ code: EXIT_OK });
    expect(opened.out).toContain(`Created: GX-JQ-2026 package version 1 in ${workspace}`);

    const draft = completeDraft(jieqingFixtureRubric(), { requestedTotal: 1_000_000 });
    const scored = await run([
      'reviewer',
      'score',
      '--workspace',
      workspace,
      '--application',
      'GX-JQ-2026-001',
      '--scores',
      JSON.stringify(draft),
      '--json',
    ]);
    expect(scored.code).toBe(EXIT_OK);
    expect(JSON.parse(scored.out)).toMatchObject({
      revision: 1,
      content: { status: 'draft', budgetOpinion: draft.budgetOpinion },
    });

    const bad = await run([
      'reviewer',
      'score',
      '--workspace',
      workspace,
      '--application',
      'GX-JQ-2026-002',
      '--scores',
      '{"scores":{"plan":7}}',
    ]);
    expect(bad.code).toBe(EXIT_REFUSED);
    expect(bad.err).toContain('scores.plan');
    expect(
      (
        await run([
          'reviewer',
          'score',
          '--workspace',
          workspace,
          '--application',
          'GX-JQ-2026-002',
          '--scores',
          '[1]',
        ])
      ).code,
    ).toBe(EXIT_USAGE);

    const submitted = await run([
      'reviewer',
      'submit',
      '--workspace',
      workspace,
      '--application',
      'GX-JQ-2026-001',
    ]);
    expect(submitted.out.trim()).toMatch(/^Submitted, revision 1, digest [0-9a-f]{12}$/);
    const recusalFile = path.join(dir, 'recusal.json');
    writeFileSync(recusalFile, JSON.stringify({ recusal: { type: 'same-institution', reason: '同一单位' } }));
    const recused = await run([
      'reviewer',
      'score',
      '--workspace',
      workspace,
      '--application',
      'GX-JQ-2026-003',
      '--scores',
      `@${recusalFile}`,
    ]);
    expect(recused.out).toContain('Recused, revision 1');

    const inbox = await run(['reviewer', 'inbox', '--workspace', workspace]);
    expect(
      inbox.out
        .trim()
        .split('\n')
        .map((line) => line.split(/\s{2,}/).slice(0, 2)),
    ).toEqual([
      ['GX-JQ-2026-001', 'Submitted'],
      // Autosave is per field: the refused score kept its stored (empty) value, the draft exists.
      ['GX-JQ-2026-002', 'Draft'],
      ['GX-JQ-2026-003', 'Recused'],
    ]);

    const outDir = path.join(dir, 'out');
    mkdirSync(outDir);
    const exported = await run([
      'reviewer',
      'export',
      '--workspace',
      workspace,
      '--out',
      outDir,
      '--call',
      'GX-JQ-2026',
      '--json',
    ]);
    expect(exported.code).toBe(EXIT_OK);
    const value = JSON.parse(exported.out) as {
      path: string;
      submitted: number;
      recused: number;
      open: number;
    };
    expect(value).toMatchObject({ submitted: 1, recused: 1, open: 1 });
    expect(readdirSync(outDir)).toEqual([path.basename(value.path)]);
    const bundle = await openBundle(readFileSync(value.path), {
      expectedKind: 'review-bundle',
      decrypt: { privateKey: pkg.office.encryption.privateKey },
    });
    expect(bundle.manifest.sender).toMatchObject({ role: 'reviewer', id: 'reviewer-zhang-wei' });
  });
});
