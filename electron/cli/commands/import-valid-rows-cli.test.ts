import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { applicationRow, csvText, englishHeader } from '../../../test/support/imports/office-kit';
import { EXIT_OK, EXIT_REFUSED } from '../main';
import { folderForAll, runCli as run } from '../../../test/support/cli/run-cli';

describe('peerdesk applications/reviewers import --import-valid-rows', () => {
  const { workspace, file } = folderForAll('peerdesk-valid-rows-cli-');

  beforeAll(async () => {
    writeFileSync(
      file('apps.csv'),
      csvText([
        englishHeader,
        applicationRow({ ref: 'GX-1', total: '100' }),
        applicationRow({ ref: 'GX-2', total: 'lots' }),
        applicationRow({ ref: 'GX-3', total: '300' }),
      ]),
    );
    writeFileSync(
      file('reviewers.csv'),
      csvText([
        ['Name', 'Email', 'Institution'],
        ['Zhao Min', 'zhaomin@gxu.edu.cn', 'Guangxi University'],
        ['Li Na', 'not an address', 'Guangxi University'],
      ]),
    );
    expect(
      (await run(['workspace', 'create', '--workspace', workspace, '--role', 'office', '--name', 'CLI']))
        .code,
    ).toBe(EXIT_OK);
    expect(
      (
        await run([
          'call',
          'create',
          '--workspace',
          workspace,
          '--template',
          'jieqing-lump-sum',
          '--code',
          'JQ',
          '--title-zh',
          '杰青',
          '--title-en',
          'Young scholars',
        ])
      ).code,
    ).toBe(EXIT_OK);
  });

  it('imports the valid applications and writes the rejected rows beside the file', async () => {
    const importArgs = ['applications', 'import', '--workspace', workspace, '--call', 'JQ', '--file'];
    expect((await run([...importArgs, file('apps.csv')])).code).toBe(EXIT_REFUSED);
    const beside = file('apps-rejected-rows.csv');
    expect(existsSync(beside)).toBe(false);

    const imported = await run([...importArgs, file('apps.csv'), '--import-valid-rows']);
    expect(imported.code).toBe(EXIT_OK);
    expect(imported.out).toContain('imported 2');
    expect(imported.out).toContain(`Rejected rows written to ${beside}`);
    const rejected = readFileSync(beside, 'utf8');
    expect(rejected).toContain('GX-2');
    expect(rejected).not.toContain('GX-1');

    const list = await run(['applications', 'list', '--workspace', workspace, '--call', 'JQ', '--json']);
    expect(JSON.parse(list.out).rows.map((row: { referenceNo: string }) => row.referenceNo)).toEqual([
      'GX-1',
      'GX-3',
    ]);
  });

  it('imports the valid reviewers and writes the rejected rows to --rejected-out, saying so in Chinese', async () => {
    const target = file('to-fix.csv');
    const imported = await run(
      [
        'reviewers',
        'import',
        '--workspace',
        workspace,
        '--file',
        file('reviewers.csv'),
        '--import-valid-rows',
        '--rejected-out',
        target,
      ],
      'zh-CN',
    );
    expect(imported.code).toBe(EXIT_OK);
    expect(imported.out).toContain(`未导入的行已写入 ${target}`);
    expect(readFileSync(target, 'utf8')).toContain('not an address');
    const reviewers = await run(['reviewers', 'list', '--workspace', workspace, '--json']);
    expect(JSON.parse(reviewers.out).map((row: { name: string }) => row.name)).toEqual(['Zhao Min']);
  });
});
