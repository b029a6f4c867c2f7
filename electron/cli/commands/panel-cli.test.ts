import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pdfText } from '../../../test/support/pdf-text';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { listShortlist } from '../../../db/repositories/panel';
import { seedDemoCall } from '../../../test/support/db/results-demo';
import { tempDir } from '../../../test/temp';
import { enterPaperBallot } from '../../panel/ballots';
import { setupPanel } from '../../panel/setup';
import { EXIT_OK, EXIT_REFUSED, main } from '../main';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

describe('peerdesk panel tally, panel minutes and feedback export', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
    vi.stubEnv('PEERDESK_DATA_DIR', path.join(dir, 'data'));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('prints the documented tally, exits 1 without a panel, and writes minutes and letters', async () => {
    const workspace = path.join(dir, 'office.sqlite');
    await run(['workspace', 'create', '--workspace', workspace, '--role', 'office', '--name', 'Office']);
    const seed = openDatabase(workspace, { create: false });
    seedDemoCall(seed);
    seed.close();
    expect(
      (
        await run([
          'rank',
          '--workspace',
          workspace,
          '--call',
          'JQ-2026',
          '--method',
          'mean',
          '--fundable',
          '3',
        ])
      ).code,
    ).toBe(EXIT_OK);

    const none = await run(['panel', 'tally', '--workspace', workspace, '--call', 'JQ-2026', '--json']);
    expect(none.code).toBe(EXIT_REFUSED);
    expect(JSON.parse(none.out)).toMatchObject({ ok: false, code: 'panel.errors.noPanel' });

    const db = openDatabase(workspace, { create: false });
    const at = '2026-12-01T08:00:00.000Z';
    setupPanel(
      db,
      {
        callId: 'JQ-2026',
        shortlist: { from: 'top-n', n: 2 },
        add: [],
        remove: [],
        members: ['rev-1', 'rev-2', 'rev-3', 'rev-4', 'rev-5'],
        minMembers: 5,
        requiresRecommendation: false,
      },
      at,
    );
    const [first] = listShortlist(db, 'call-jq-2026').map((row) => ({ id: row.applicationId }));
    for (const reviewerId of ['rev-1', 'rev-2', 'rev-3', 'rev-4']) {
      const vote = reviewerId === 'rev-4' ? 'against' : 'for';
      enterPaperBallot(
        db,
        'JQ-2026',
        { applicationId: first?.id ?? '', reviewerId, vote, finalScore: 4, comment: '' },
        at,
      );
    }
    db.close();

    const tally = await run(['panel', 'tally', '--workspace', workspace, '--call', 'JQ-2026', '--json']);
    expect(tally.code).toBe(EXIT_OK);
    const printed = JSON.parse(tally.out) as { rule: unknown; applications: Record<string, unknown>[] };
    expect(printed.rule).toEqual({ quorum: 0.6667, majority: '>1/2' });
    expect(printed.applications).toHaveLength(2);
    expect(Object.keys(printed.applications[0] ?? {})).toEqual([
      'application',
      'eligible',
      'present',
      'for',
      'against',
      'abstain',
      'recommended',
      'finalMean',
      'finalRange',
    ]);
    expect(printed.applications[0]).toMatchObject({
      application: 'JQ2026-001',
      eligible: 5,
      present: 4,
      for: 3,
      against: 1,
      recommended: true,
      finalMean: 4,
      finalRange: [4, 4],
    });
    const human = await run([
      'panel',
      'tally',
      '--workspace',
      workspace,
      '--call',
      'JQ-2026',
      '--lang',
      'zh-CN',
    ]);
    expect(human.out).toContain('建议资助');

    const minutes = path.join(dir, 'minutes.pdf');
    expect(
      (await run(['panel', 'minutes', '--workspace', workspace, '--call', 'JQ-2026', '--out', minutes])).code,
    ).toBe(EXIT_OK);
    expect(readFileSync(minutes).subarray(0, 5).toString()).toBe('%PDF-');

    const letters = path.join(dir, 'letters');
    const exported = await run([
      'feedback',
      'export',
      '--workspace',
      workspace,
      '--call',
      'JQ-2026',
      '--out',
      letters,
    ]);
    expect(exported.code).toBe(EXIT_OK);
    const names = readdirSync(letters).sort();
    expect(names).toContain('feedback.csv');
    expect(names).toContain('JQ2026-001.pdf');
    expect(names.filter((name) => name.endsWith('.pdf'))).toHaveLength(12);
    expect(existsSync(path.join(letters, 'feedback.csv'))).toBe(true);
    // The demo rubric declares no comment fields; its reviews' strengths still reach the applicant.
    const letter = await pdfText(readFileSync(path.join(letters, 'JQ2026-001.pdf')));
    expect(letter).toContain('创新性较强');
    expect(letter).toContain('主要优点');
  });
});
