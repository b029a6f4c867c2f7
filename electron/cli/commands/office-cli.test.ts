import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { applicationRow, csvText, englishHeader, xlsxBytes } from '../../../test/support/imports/office-kit';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE } from '../main';
import { folderForAll, runCli as run } from '../../../test/support/cli/run-cli';

describe('peerdesk office setup (CLI)', () => {
  const { workspace, file } = folderForAll('peerdesk-office-cli-');

  beforeAll(async () => {
    writeFileSync(
      file('bad.csv'),
      csvText([
        englishHeader,
        applicationRow({ ref: 'GX-1', total: '100' }),
        applicationRow({ ref: 'GX-2', total: 'lots' }),
      ]),
    );
    writeFileSync(
      file('good.csv'),
      csvText([
        englishHeader,
        applicationRow({ ref: 'GX-1', total: '100' }),
        applicationRow({ ref: 'GX-2', total: '200' }),
      ]),
    );
    writeFileSync(
      file('reviewers.xlsx'),
      await xlsxBytes([
        ['姓名', '电子邮箱', '工作单位'],
        ['赵敏', 'zhaomin@gxu.edu.cn', 'Guangxi University'],
      ]),
    );
    writeFileSync(
      file('integrity.csv'),
      csvText([
        ['类型', '名称', '来源'],
        ['单位', '广西大学', '测试'],
      ]),
    );
  });

  it('sets up a call from the command line with the same handlers', async () => {
    expect(
      (await run(['workspace', 'create', '--workspace', workspace, '--role', 'office', '--name', 'CLI']))
        .code,
    ).toBe(EXIT_OK);
    const created = await run([
      'call',
      'create',
      '--workspace',
      workspace,
      '--template',
      'jieqing-lump-sum',
      '--code',
      'JQ-2026',
      '--title-zh',
      '杰青',
      '--title-en',
      'Young scholars',
      '--budget',
      '5000000',
    ]);
    expect(created).toMatchObject({ code: EXIT_OK });
    expect(created.out).toContain('JQ-2026');
    expect(created.out).toContain('Lump sum');

    const refused = await run([
      'applications',
      'import',
      '--workspace',
      workspace,
      '--call',
      'JQ-2026',
      '--file',
      file('bad.csv'),
    ]);
    expect(refused.code).toBe(EXIT_REFUSED);
    expect(refused.err).toContain('row 3 Requested total (CNY): “lots” is not an amount.');
    expect(refused.err).toContain('Nothing was imported');

    const preview = await run([
      'applications',
      'import',
      '--workspace',
      workspace,
      '--call',
      'JQ-2026',
      '--file',
      file('good.csv'),
      '--dry-run',
      '--json',
    ]);
    expect(preview.code).toBe(EXIT_OK);
    expect(JSON.parse(preview.out)).toMatchObject({ dryRun: true, committed: false, valid: 2 });

    const imported = await run(
      ['applications', 'import', '--workspace', workspace, '--call', 'JQ-2026', '--file', file('good.csv')],
      'zh-CN',
    );
    expect(imported.code).toBe(EXIT_OK);
    expect(imported.out).toContain('已导入 2 行');

    expect(
      (await run(['reviewers', 'import', '--workspace', workspace, '--file', file('reviewers.xlsx')])).code,
    ).toBe(EXIT_OK);
    const conflicts = await run([
      'conflicts',
      'list',
      '--workspace',
      workspace,
      '--call',
      'JQ-2026',
      '--json',
    ]);
    expect(JSON.parse(conflicts.out)).toHaveLength(2);
    expect(JSON.parse(conflicts.out)[0]).toMatchObject({ type: 'same-institution', reviewerName: '赵敏' });

    expect(
      (await run(['integrity', 'import', '--workspace', workspace, '--file', file('integrity.csv')])).code,
    ).toBe(EXIT_OK);
    const list = await run(['applications', 'list', '--workspace', workspace, '--call', 'JQ-2026', '--json']);
    expect(JSON.parse(list.out).rows.map((row: { status: string }) => row.status)).toEqual([
      'ineligible',
      'ineligible',
    ]);

    const calls = await run(['call', 'list', '--workspace', workspace]);
    expect(calls.out).toContain('2 applications');
    expect(
      (await run(['call', 'create', '--workspace', workspace, '--template', 'nope', '--code', 'X'])).code,
    ).toBe(EXIT_USAGE);
  });
});
