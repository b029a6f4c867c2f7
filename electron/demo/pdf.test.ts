import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/support/pdf-text';
import { tempDir } from '../../test/temp';
import { generateDemoData } from './generate';
import { writeApplicationPdfs } from './write-sources';

describe("the demo's application PDFs", () => {
  it('show a Chinese application in Chinese: title, PI, institution and work-package names', async () => {
    const data = generateDemoData({ applications: 6, reviewers: 4, perApplication: 2, seed: 'pdf' });
    const call = data.calls[0]!;
    const dir = path.join(tempDir(), 'attachments');
    mkdirSync(dir, { recursive: true });
    await writeApplicationPdfs(call, dir, new Date('2026-01-01T00:00:00Z'), async () => {});
    const chinese = call.applications.find((application) => application.languages.includes('zh'));
    if (!chinese) throw new Error('the seed gave no Chinese application');
    const text = await pdfText(readFileSync(path.join(dir, `${chinese.referenceNo}.pdf`)));
    const compact = text.replace(/\s+/g, '');
    expect(compact).toContain(chinese.title.replace(/\s+/g, ''));
    expect(compact).toContain(chinese.piName);
    expect(compact).toContain(chinese.institution);
    const workPackages = [...new Set(chinese.budgetLines.map((line) => line.workPackage))];
    expect(workPackages.some((name) => /[\u4e00-\u9fff]/u.test(name))).toBe(true);
    for (const name of workPackages) expect(compact).toContain(name.replace(/\s+/g, ''));
    expect(text).not.toContain('?');
  });
});
