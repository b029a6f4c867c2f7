import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pdfText } from '../../../test/support/pdf-text';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { listShortlist } from '../../../db/repositories/panel';
import { enterPaperBallot } from '../../panel/ballots';
import { setupPanel } from '../../panel/setup';
import { EXIT_OK, EXIT_REFUSED } from '../main';
import { folderPerTest, officeWithDemoCall, runCli } from '../../../test/support/cli/run-cli';

describe('peerdesk panel tally, panel minutes and feedback export', () => {
  const dir = folderPerTest();

  it('prints the documented tally, exits 1 without a panel, and writes minutes and letters', async () => {
    const workspace = path.join(dir(), 'office.sqlite');
    await officeWithDemoCall(workspace);
    expect(
      (
        await runCli([
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

    const none = await runCli(['panel', 'tally', '--workspace', workspace, '--call', 'JQ-2026', '--json']);
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

    const tally = await runCli(['panel', 'tally', '--workspace', workspace, '--call', 'JQ-2026', '--json']);
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
    const human = await runCli([
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

    const minutes = path.join(dir(), 'minutes.pdf');
    expect(
      (await runCli(['panel', 'minutes', '--workspace', workspace, '--call', 'JQ-2026', '--out', minutes]))
        .code,
    ).toBe(EXIT_OK);
    expect(readFileSync(minutes).subarray(0, 5).toString()).toBe('%PDF-');

    const letters = path.join(dir(), 'letters');
    const exported = await runCli([
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
