import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { expect } from 'vitest';
import { tempDir, testServices } from '../../temp';
import type { ChannelName, RequestOf, ResponseOf } from '../../../shared/contract';
import type { Err } from '../../../shared/result';
import { createApp } from '../../../electron/app';
import type { Dispatcher } from '../../../electron/core/registry';

/** Test kit for the office handlers: a real dispatcher on a fresh office workspace in a temp folder. */
export interface OfficeKit {
  dir: string;
  dispatcher: Dispatcher;
  ok<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  fail<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<Err>;
  /** An NSFC general call (面上) `code`, with `applications` imported from a CSV under `header`. */
  generalCall(
    code: string,
    applications: readonly ApplicationFields[],
    header?: readonly string[],
  ): Promise<ResponseOf<'calls.create'>>;
  /** A reviewer with no expertise, languages or collaborators yet and a load of 5, unless `more` says. */
  reviewer(
    name: string,
    email: string,
    institution: string,
    more?: Partial<RequestOf<'reviewers.create'>>,
  ): Promise<ResponseOf<'reviewers.create'>>;
}

/** A reviewer with no expertise, languages or collaborators yet and a load of 5, unless `more` says. */
export function reviewerRequest(
  name: string,
  email: string,
  institution: string,
  more: Partial<RequestOf<'reviewers.create'>> = {},
): RequestOf<'reviewers.create'> {
  return { name, email, institution, expertise: [], languages: [], collaborators: [], maxLoad: 5, ...more };
}

export async function officeKit(): Promise<OfficeKit> {
  const dir = tempDir('peerdesk-office-');
  // Deterministic but never repeating: imports make thousands of ids.
  let counter = 0;
  const randomBytes = (length: number) => {
    const out = new Uint8Array(length);
    for (let offset = 0; offset < length; offset += 32) {
      counter += 1;
      out.set(
        createHash('sha256')
          .update(`office-kit-${counter}`)
          .digest()
          .subarray(0, length - offset),
        offset,
      );
    }
    return out;
  };
  const dispatcher = createApp(testServices(dir, { randomBytes }));
  const invoke = <C extends ChannelName>(channel: C, request: RequestOf<C>) =>
    dispatcher.invoke(channel, request, { language: 'en' });
  const kit: OfficeKit = {
    dir,
    dispatcher,
    async ok(channel, request) {
      const result = await invoke(channel, request);
      if (!result.ok) expect.fail(`${channel} refused: ${result.code} ${result.message}`);
      return result.value;
    },
    async fail(channel, request) {
      const result = await invoke(channel, request);
      if (result.ok) expect.fail(`${channel} should have been refused`);
      return result;
    },
    async generalCall(code, applications, header = englishHeader) {
      const call = await kit.ok('calls.create', {
        template: 'nsfc',
        code,
        title: { zh: '面上', en: 'General' },
      });
      const rows = applications.map(applicationRow);
      await kit.ok('applications.import', {
        callId: code,
        file: { name: 'a.csv', bytes: utf8(csvText([header, ...rows])) },
      });
      return call;
    },
    reviewer(name, email, institution, more = {}) {
      return kit.ok('reviewers.create', reviewerRequest(name, email, institution, more));
    },
  };
  await kit.ok('workspace.create', { name: 'Office', role: 'office', path: path.join(dir, 'office.sqlite') });
  return kit;
}

/** RFC 4180 CSV with every field quoted and CRLF line ends, as Excel writes it. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return (
    rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n'
  );
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

export async function xlsxBytes(
  rows: readonly (readonly (string | number)[])[],
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow([...row]);
  return Uint8Array.from(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** A small real PDF (one page with a line of ASCII text). */
export async function pdfBytes(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  document.addPage([300, 200]).drawText(text, { x: 20, y: 100, size: 12, font });
  return Uint8Array.from(await document.save());
}

export const englishHeader = [
  'Reference No.',
  'Title',
  'Abstract',
  'Keywords',
  'Discipline',
  'Principal investigator',
  'Institution',
  'E-mail',
  'Team members',
  'Duration (months)',
  'Requested total (CNY)',
  'Budget lines (CNY)',
];

/** An application's cells by name; what is not given is 张伟's at 广西大学, requesting 500000. */
export interface ApplicationFields {
  ref: string;
  title?: string;
  pi?: string;
  institution?: string;
  email?: string;
  team?: string;
  total?: string;
}

/** A row under `englishHeader` (or `chineseHeader`, whose columns are the same). */
export function applicationRow(fields: ApplicationFields): string[] {
  const {
    ref,
    title = `Title ${ref}`,
    pi = '张伟',
    institution = '广西大学',
    email = '',
    team = '',
  } = fields;
  return [ref, title, '', '', '', pi, institution, email, team, '', fields.total ?? '500000', ''];
}

export const chineseHeader = [
  '申请编号',
  '项目名称',
  '摘要',
  '关键词',
  '学科',
  '项目负责人',
  '依托单位',
  '电子邮箱',
  '项目组成员',
  '研究期限（月）',
  '申请经费（万元）',
  '预算明细（万元）',
];
