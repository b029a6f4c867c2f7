import { describe, expect, it } from 'vitest';
import { generateDemoData } from './generate';

const options = { applications: 60, reviewers: 25, perApplication: 3, seed: 'test' };

describe('demo data', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(generateDemoData(options)).toEqual(generateDemoData(options));
    expect(generateDemoData({ ...options, seed: 'other' })).not.toEqual(generateDemoData(options));
  });

  it('has a lump-sum call and a challenge call with 3–5 challenges', () => {
    const data = generateDemoData(options);
    expect(data.calls.map((call) => call.template)).toEqual(['jieqing-lump-sum', 'challenge']);
    const [jieqing, challenge] = data.calls;
    expect(jieqing!.applications.length + challenge!.applications.length).toBe(60);
    expect(challenge!.challenges.length).toBeGreaterThanOrEqual(3);
    expect(challenge!.challenges.length).toBeLessThanOrEqual(5);
    const codes = new Set(challenge!.challenges.map((c) => c.code));
    expect(challenge!.applications.every((a) => a.challengeCode !== null && codes.has(a.challengeCode))).toBe(
      true,
    );
    expect(jieqing!.applications.every((a) => a.challengeCode === null)).toBe(true);
  });

  it('gives every application a consistent lump-sum budget and unique reference number', () => {
    const data = generateDemoData({ ...options, applications: 300, seed: 7 });
    const applications = data.calls.flatMap((call) => call.applications);
    expect(new Set(applications.map((a) => a.referenceNo)).size).toBe(300);
    for (const application of applications) {
      const sum = application.budgetLines.reduce((total, line) => total + line.amount, 0);
      expect(sum).toBe(application.requestedTotal);
      expect(
        application.budgetLines.every((line) => line.amount >= 10_000 && line.amount % 10_000 === 0),
      ).toBe(true);
      const years = new Set(application.budgetLines.map((line) => line.year));
      expect(years.size).toBe(application.durationMonths / 12);
      expect(application.keywords.length).toBeGreaterThanOrEqual(3);
      expect(application.titleEn).toMatch(/^[\x20-\x7e–—]+$/u);
    }
    // Mostly Chinese, some English proposals.
    const english = applications.filter((a) => a.title === a.titleEn).length;
    expect(english).toBeGreaterThan(10);
    expect(english).toBeLessThan(90);
  });

  it('makes reviewers with unique names and e-mails, enough capacity, and some declared collaborators', () => {
    const data = generateDemoData({ applications: 400, reviewers: 80, perApplication: 3, seed: 1 });
    expect(new Set(data.reviewers.map((r) => r.email)).size).toBe(80);
    expect(new Set(data.reviewers.map((r) => r.name)).size).toBe(80);
    const pis = new Set(data.calls.flatMap((call) => call.applications.map((a) => a.piName)));
    expect(data.reviewers.some((r) => pis.has(r.name))).toBe(false);
    const capacity = data.reviewers.reduce((sum, r) => sum + r.maxLoad, 0);
    expect(capacity).toBeGreaterThanOrEqual(400 * 3 * 1.1);
    const collaborators = data.reviewers.flatMap((r) => r.collaborators);
    expect(collaborators.length).toBeGreaterThan(0);
    expect(collaborators.every((name) => pis.has(name))).toBe(true);
    expect(data.reviewers.some((r) => r.languages.join() === 'en')).toBe(true);
    expect(data.manualConflicts.length).toBeGreaterThan(0);
  });
});
