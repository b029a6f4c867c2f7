import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chineseHeader, csvText, officeKit, utf8 } from '../../test/support/imports/office-kit';

/** A parsed message: header fields unfolded (RFC 5322 §2.2.3) and the body decoded. */
interface Parsed {
  headers: Map<string, string>;
  body: string;
}

/** RFC 2047 `B` encoded words decoded, written independently of the code under test. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/gu, '?==?')
    .replace(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/giu, (_whole, data: string) =>
      Buffer.from(data, 'base64').toString('utf8'),
    );
}

function parseEml(text: string): Parsed {
  expect(text).not.toMatch(/[^\r]\n/u); // CRLF only
  const [head = '', body = ''] = text.split('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]/gu, ' ').split('\r\n')) {
    expect(line).toMatch(/^[\x21-\x39\x3b-\x7e]+: [\x20-\x7e]*$/u); // ASCII headers only
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 2));
  }
  for (const line of head.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
  expect(headers.get('content-transfer-encoding')).toBe('base64');
  return { headers, body: Buffer.from(body.replace(/\r\n/gu, ''), 'base64').toString('utf8') };
}

describe('reminder e-mails', () => {
  it('writes one RFC 5322 message per overdue reviewer, in the reviewer’s language', async () => {
    const kit = await officeKit();
    // The kit's clock reads 2026-11-27 09:00 UTC; reviews were due on the 20th.
    const call = await kit.ok('calls.create', {
      template: 'jieqing-lump-sum',
      code: 'JQ-2026',
      title: { zh: '广西杰出青年科学基金', en: 'Guangxi Distinguished Young Scholars' },
      reviewDueAt: '2026-11-20',
    });
    const row = (ref: string, institution: string) => [
      ref,
      `喀斯特碳汇 ${ref}`,
      '',
      '',
      '',
      '张伟',
      institution,
      '',
      '',
      '',
      '50',
      '',
    ];
    await kit.ok('applications.import', {
      callId: call.id,
      file: {
        name: 'a.csv',
        bytes: utf8(csvText([chineseHeader, row('JQ-1', '广西大学'), row('JQ-2', '桂林理工大学')])),
      },
    });
    const reviewer = (name: string, email: string, languages: string[]) =>
      kit.reviewer(name, email, '南宁师范大学', { languages });
    const chen = await reviewer('陈静', 'cj@nnnu.edu.cn', ['zh-CN']);
    const anna = await reviewer('Anna Berg', 'anna@lu.se', ['en']);
    const { rows } = await kit.ok('applications.list', { callId: call.id });
    for (const application of rows)
      for (const person of [chen, anna])
        await kit.ok('assignments.set', {
          callId: call.id,
          applicationId: application.id,
          reviewerId: person.id,
          assigned: true,
        });

    const file = await kit.ok('reminders.export', {
      callId: call.id,
      from: { name: '广西科技厅 基础研究处', address: 'jichu@kjt.gxzf.gov.cn' },
    });
    expect(file.fileName).toBe('reminders-JQ-2026.zip');
    expect(file.reviewers.map((entry) => [entry.email, entry.language]).sort()).toEqual([
      ['anna@lu.se', 'en'],
      ['cj@nnnu.edu.cn', 'zh-CN'],
    ]);
    const entries = unzipSync(file.bytes);
    const messages = Object.entries(entries).map(([name, bytes]) => ({
      name,
      ...parseEml(strFromU8(bytes)),
    }));
    expect(messages.map((message) => message.name).every((name) => name.endsWith('.eml'))).toBe(true);
    const to = (address: string) => messages.find((message) => message.headers.get('to')?.includes(address))!;

    const chinese = to('cj@nnnu.edu.cn');
    expect(chinese.headers.get('subject')).toMatch(/^=\?UTF-8\?B\?/u);
    expect(decodeWords(chinese.headers.get('subject')!)).toBe('【评审提醒】JQ-2026：您有 2 份评审已逾期');
    expect(decodeWords(chinese.headers.get('to')!)).toBe('陈静 <cj@nnnu.edu.cn>');
    expect(decodeWords(chinese.headers.get('from')!)).toBe('广西科技厅 基础研究处 <jichu@kjt.gxzf.gov.cn>');
    expect(chinese.headers.get('date')).toBe('Fri, 27 Nov 2026 09:00:00 +0000');
    expect(chinese.headers.get('content-type')).toBe('text/plain; charset=UTF-8');
    expect(chinese.headers.get('mime-version')).toBe('1.0');
    expect(chinese.headers.get('message-id')).toMatch(/^<[0-9a-f]+@peerdesk\.invalid>$/u);
    expect(chinese.body).toContain('陈静老师：');
    expect(chinese.body).toContain('“广西杰出青年科学基金”（JQ-2026）');
    expect(chinese.body).toContain('- JQ-1\r\n- JQ-2');

    const english = to('anna@lu.se');
    expect(decodeWords(english.headers.get('subject')!)).toBe('Reminder: 2 overdue reviews for JQ-2026');
    expect(english.headers.get('to')).toBe('Anna Berg <anna@lu.se>');
    expect(english.body).toContain('Dear Anna Berg,');
    expect(english.body).toContain('“Guangxi Distinguished Young Scholars” (JQ-2026)');
    expect(english.body).toContain('Nov 20, 2026');

    const [audit] = await kit.ok('audit.list', { area: 'reminders' });
    expect(audit).toMatchObject({ action: 'reminders.export', details: { reviewers: 2 } });
  });

  it('refuses, in words, when nobody is overdue', async () => {
    const kit = await officeKit();
    const call = await kit.ok('calls.create', {
      template: 'jieqing-lump-sum',
      code: 'JQ',
      title: { zh: '杰青', en: 'JQ' },
    });
    const refused = await kit.fail('reminders.export', { callId: call.id, from: { address: 'a@b.cn' } });
    expect(refused.message).toBe('No reviewer of JQ is overdue: there is nobody to remind.');
  });
});
