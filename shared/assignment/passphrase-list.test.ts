import { describe, expect, it } from 'vitest';
import { passphraseCsv, type PassphraseRow } from './passphrase-list';

const headers = {
  name: '评审专家',
  email: '电子邮箱',
  call: '项目指南',
  file: '文件',
  version: '版本',
  passphrase: '口令',
};

describe('passphrase list', () => {
  it('is UTF-8 CSV with a BOM, CRLF lines and every cell quoted', () => {
    const text = passphraseCsv(
      [
        {
          name: '王芳',
          email: 'wf@gxu.edu.cn',
          call: 'GXJQ2026',
          file: 'a "b".pdpkg',
          version: 2,
          passphrase: 'K7QD-M2XP-9HTR-4ZEB-WC6N-1FJS',
        },
      ],
      headers,
    );
    expect(text).toBe(
      '\ufeff"评审专家","电子邮箱","项目指南","文件","版本","口令"\r\n' +
        '"王芳","wf@gxu.edu.cn","GXJQ2026","a ""b"".pdpkg","2","K7QD-M2XP-9HTR-4ZEB-WC6N-1FJS"\r\n',
    );
  });

  it('keeps spreadsheet formulas as text, full-width ones too, and drops control and bidi characters', () => {
    const row = (name: string): PassphraseRow => ({
      name,
      email: 'x@y.cn',
      call: 'C',
      file: 'f.pdpkg',
      version: 1,
      passphrase: 'P',
    });
    const nameCell = (name: string) =>
      passphraseCsv([row(name)], headers)
        .split('\r\n')[1]
        ?.split(',')[0];
    for (const dangerous of ['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx', '＝1+1', '＋1', '－1', '＠cmd'])
      expect(nameCell(dangerous)).toBe(`"'${dangerous}"`);
    expect(nameCell('a=b')).toBe('"a=b"');
    expect(nameCell('\u0000=cmd')).toBe(`"'=cmd"`);
    expect(nameCell('王\u202E芳\u2066\u0007')).toBe('"王芳"');
  });
});
