import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, testServices } from '../../test/temp';
import { passphraseCsv } from '../../shared/assignment/passphrase-list';
import { reviewBundleContentSchema } from '../../shared/domain/review-bundle';
import { overallScore } from '../../shared/domain/review-score';
import { validateReview } from '../../shared/domain/review-validation';
import { parseJsonBytes } from '../../shared/json/parse';
import { Random, seededByteSource } from '../../shared/random';
import { rubricTemplates } from '../../shared/rubric-templates';
import type { ScoredCriterion } from '../../shared/domain/rubric';
import { createApp } from '../app';
import { openBundle } from '../bundle/envelope';
import { simulateReviewers } from './simulate';
import { normalCdf, simulatedRecusal, simulatedReview, valueOnScale } from './simulated-review';
import {
  buildFixturePackage,
  fixtureApplications,
  fixtureOffice,
  type FixtureReviewer,
} from '../../test/support/reviewer/fixtures';

describe('the simulated reviewer model', () => {
  it('writes reviews every rubric template accepts as submitted', () => {
    for (const template of rubricTemplates) {
      const rubric = template.rubric();
      for (let i = 0; i < 60; i += 1) {
        const random = new Random(`template/${template.id}/${i}`);
        const draft = simulatedReview({
          rubric,
          quality: random.normal() * 1.5,
          leniency: 0.5 * random.normal(),
          requestedTotal: 1_200_000,
          random,
        });
        const issues = validateReview(rubric, {
          callId: 'c',
          applicationId: 'a',
          reviewerId: 'r',
          status: 'submitted',
          scores: draft.scores ?? {},
          choices: draft.choices ?? {},
          comments: draft.comments ?? {},
          recommendation: draft.recommendation ?? null,
          familiarity: draft.familiarity ?? null,
          budgetOpinion: draft.budgetOpinion ?? null,
          recusal: null,
        });
        expect(issues, `${template.id} #${i}`).toEqual([]);
      }
      const recusal = simulatedRecusal(new Random(template.id));
      expect(recusal.reason.length).toBeGreaterThan(0);
    }
  });

  it('scores better applications better, whatever the scale direction', () => {
    const nih = rubricTemplates.find((template) => template.id === 'nih-2025')?.rubric();
    const horizon = rubricTemplates.find((template) => template.id === 'horizon-europe')?.rubric();
    if (!nih || !horizon) throw new Error('templates missing');
    for (const rubric of [nih, horizon]) {
      const mean = (quality: number) => {
        let sum = 0;
        for (let i = 0; i < 200; i += 1) {
          const draft = simulatedReview({
            rubric,
            quality,
            leniency: 0,
            requestedTotal: 0,
            random: new Random(`${quality}/${i}`),
          });
          sum += overallScore(rubric, draft.scores ?? {}) ?? Number.NaN;
        }
        return sum / 200;
      };
      const better = rubric.criteria.find((c): c is ScoredCriterion => c.type === 'score')?.scale.direction;
      const [strong, weak] = [mean(1.5), mean(-1.5)];
      if (better === 'higher-is-better') expect(strong).toBeGreaterThan(weak + 1);
      else expect(strong).toBeLessThan(weak - 1);
    }
  });

  it('maps quality onto steps and named levels', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 5);
    const half: ScoredCriterion = {
      id: 'x',
      type: 'score',
      label: { zh: '', en: '' },
      guidance: { zh: '', en: '' },
      weight: 1,
      threshold: null,
      scale: { min: 0, max: 5, step: 0.5, direction: 'higher-is-better' },
    };
    expect(valueOnScale(half, 0.61)).toBe(3);
    expect(valueOnScale(half, 0.999)).toBe(5);
    expect(valueOnScale({ ...half, scale: { ...half.scale, direction: 'lower-is-better' } }, 0.999)).toBe(0);
  });
});

describe('simulateReviewers', () => {
  async function setUp() {
    const dir = tempDir('peerdesk-simulate-');
    const packagesDir = path.join(dir, 'packages');
    const office = fixtureOffice('demo');
    const reviewers: FixtureReviewer[] = [
      { id: 'r-1', name: '张伟', email: 'zhang@example.cn', institution: '广西大学' },
      { id: 'r-2', name: 'Anna Berg', email: 'anna@example.se', institution: 'Lund University' },
    ];
    const applications = await fixtureApplications('GX-JQ-2026', 6);
    const rows = [];
    mkdirSync(packagesDir);
    for (const [index, reviewer] of reviewers.entries()) {
      const mine = applications.filter((_, i) => i % 2 === index || i < 2);
      const pkg = await buildFixturePackage({ office, reviewer, category: 'lump-sum', applications: mine });
      const file = `GX-JQ-2026-${reviewer.id}-v1.pdpkg`;
      writeFileSync(path.join(packagesDir, file), pkg.bytes);
      rows.push({
        name: reviewer.name,
        email: reviewer.email,
        call: 'GX-JQ-2026',
        file,
        version: 1,
        passphrase: pkg.passphrase,
      });
    }
    const csv = path.join(packagesDir, 'passphrases.csv');
    const headers = {
      name: '姓名',
      email: '邮箱',
      call: '批次',
      file: '文件',
      version: '版本',
      passphrase: '口令',
    };
    writeFileSync(csv, passphraseCsv(rows, headers));
    return { dir, packagesDir, csv, office };
  }

  it('opens every package, scores, recuses some and exports verifiable bundles, reproducibly', async () => {
    const { dir, packagesDir, csv, office } = await setUp();
    const run = async (name: string) => {
      const outDir = path.join(dir, name);
      const report = await simulateReviewers({
        packagesDir,
        passphrasesCsv: csv,
        outDir,
        seed: 42,
        recusalRate: 0.5,
        createApp,
        services: (reviewer) =>
          testServices(dir, { randomBytes: seededByteSource(`simulate-test/${reviewer}`) }),
      });
      const contents = [];
      for (const file of readdirSync(outDir).sort()) {
        const opened = await openBundle(readFileSync(path.join(outDir, file)), {
          expectedKind: 'review-bundle',
          decrypt: { privateKey: office.encryption.privateKey },
        });
        contents.push(
          reviewBundleContentSchema.parse(
            parseJsonBytes(opened.entries.get('content.json') ?? new Uint8Array()),
          ),
        );
      }
      return { report, contents };
    };
    const first = await run('bundles');
    expect(first.report.reviewers.map((reviewer) => reviewer.bundles.length)).toEqual([1, 1]);
    expect(first.contents.map((content) => content.reviewerId).sort()).toEqual(['r-1', 'r-2']);
    const reviews = first.contents.flatMap((content) => content.reviews);
    expect(reviews).toHaveLength(first.report.submitted + first.report.recused);
    expect(reviews.length).toBe(4 + 4);
    expect(first.report.recused).toBeGreaterThan(0);
    expect(
      reviews
        .filter((review) => review.content.status === 'submitted')
        .every((review) => review.content.budgetOpinion !== null),
    ).toBe(true);

    const second = await run('again');
    const digests = (contents: typeof first.contents) =>
      contents.flatMap((content) => content.reviews.map((review) => review.digest)).sort();
    expect(digests(second.contents)).toEqual(digests(first.contents));
  });
});
