import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectConflicts, type ApplicantSide, type ReviewerSide } from './conflict-detection';

const application = (overrides: Partial<ApplicantSide> = {}): ApplicantSide => ({
  id: 'A1',
  piName: '张伟',
  institution: '广西大学',
  email: 'zhangwei@gxu.edu.cn',
  team: [],
  ...overrides,
});
const reviewer = (overrides: Partial<ReviewerSide> = {}): ReviewerSide => ({
  id: 'R1',
  name: '李娜',
  email: 'lina@example.org',
  institution: '浙江大学',
  collaborators: [],
  ...overrides,
});
const types = (found: ReturnType<typeof detectConflicts>) => found.map((conflict) => conflict.type).sort();

describe('detectConflicts', () => {
  it('finds no conflict between strangers at different institutions', () => {
    expect(detectConflicts([application()], [reviewer()])).toEqual([]);
  });

  it('finds the same institution after normalisation, with the matched names as reason', () => {
    const found = detectConflicts(
      [application({ institution: '广西大学 计算机与电子信息学院' })],
      [reviewer({ institution: 'Guangxi University' })],
    );
    expect(found).toEqual([
      {
        applicationId: 'A1',
        reviewerId: 'R1',
        type: 'same-institution',
        reason: '广西大学 计算机与电子信息学院 = Guangxi University',
      },
    ]);
  });

  it('finds the applicant as reviewer by e-mail (ignoring case) or by name and institution', () => {
    expect(types(detectConflicts([application()], [reviewer({ email: 'ZhangWei@GXU.edu.cn ' })]))).toEqual([
      'self',
    ]);
    expect(
      types(detectConflicts([application()], [reviewer({ name: '张 伟', institution: '广西大学' })])),
    ).toEqual(['same-institution', 'self']);
    // A namesake at another institution is not the applicant.
    expect(detectConflicts([application()], [reviewer({ name: '张伟' })])).toEqual([]);
  });

  it('finds a reviewer who is on the team, with or without a stated affiliation', () => {
    const team = ['Maria Rossi (ETH Zurich)', '王芳'];
    expect(
      types(
        detectConflicts(
          [application({ team })],
          [reviewer({ name: 'Rossi Maria', institution: 'ETH Zürich' })],
        ),
      ),
    ).toEqual(['self']);
    expect(
      types(detectConflicts([application({ team })], [reviewer({ name: '王芳', institution: '广西大学' })])),
    ).toEqual(['same-institution', 'self']);
  });

  it('finds declared collaborators among the applicant and the team, unless institutions differ', () => {
    const withTeam = application({ team: ['Wei Zhang', '陈静（中山大学）'] });
    expect(types(detectConflicts([withTeam], [reviewer({ collaborators: ['张伟'] })]))).toEqual([
      'collaborator',
    ]);
    expect(types(detectConflicts([withTeam], [reviewer({ collaborators: ['Zhang Wei'] })]))).toEqual([
      'collaborator',
    ]);
    expect(
      types(detectConflicts([withTeam], [reviewer({ collaborators: ['陈静 (Sun Yat-sen University)'] })])),
    ).toEqual(['collaborator']);
    expect(detectConflicts([withTeam], [reviewer({ collaborators: ['陈静（复旦大学）'] })])).toEqual([]);
  });

  it('is the same whichever order applications and reviewers come in', () => {
    const apps = [
      application({ id: 'A1' }),
      application({ id: 'A2', institution: '浙江大学', piName: '刘洋', email: '' }),
      application({ id: 'A3', institution: '中山大学', team: ['李娜'] }),
    ];
    const reviewers = [
      reviewer({ id: 'R1' }),
      reviewer({ id: 'R2', name: '张伟', institution: '广西大学', email: 'x@y.cn' }),
      reviewer({ id: 'R3', name: '赵敏', institution: '中山大学', collaborators: ['刘洋'] }),
    ];
    const key = (found: ReturnType<typeof detectConflicts>) =>
      found.map((c) => `${c.applicationId}:${c.reviewerId}:${c.type}`).sort();
    const expected = key(detectConflicts(apps, reviewers));
    expect(expected).toEqual([
      'A1:R2:same-institution',
      'A1:R2:self',
      'A2:R1:same-institution',
      'A2:R3:collaborator',
      'A3:R3:same-institution',
    ]);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(apps, { minLength: 3 }),
        fc.shuffledSubarray(reviewers, { minLength: 3 }),
        (a, r) => {
          expect(key(detectConflicts(a, r))).toEqual(expected);
        },
      ),
    );
  });
});
