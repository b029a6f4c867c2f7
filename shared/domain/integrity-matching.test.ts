import { describe, expect, it } from 'vitest';
import { institutionKey } from '../normalize/institution';
import { personKey } from '../normalize/person';
import { matchIntegrity, type ApplicantRecord, type ListedEntry } from './integrity-matching';

const person = (
  id: string,
  name: string,
  institution = '',
  validFrom: string | null = null,
  validTo: string | null = null,
): ListedEntry => ({
  id,
  kind: 'person',
  nameKey: personKey(name),
  institutionKey: institutionKey(institution),
  validFrom,
  validTo,
});
const institution = (
  id: string,
  name: string,
  validFrom: string | null = null,
  validTo: string | null = null,
): ListedEntry => ({
  id,
  kind: 'institution',
  nameKey: institutionKey(name),
  institutionKey: '',
  validFrom,
  validTo,
});
const app = (overrides: Partial<ApplicantRecord> = {}): ApplicantRecord => ({
  id: 'A1',
  piName: '张伟',
  institution: '广西大学',
  team: [],
  ...overrides,
});
const day = '2026-06-30';

describe('matchIntegrity', () => {
  it('matches a listed PI by normalised name and institution, not by naive equality', () => {
    const entries = [person('E1', '张 伟', 'Guangxi University')];
    expect(matchIntegrity([app()], entries, day)).toEqual([
      { applicationId: 'A1', entryId: 'E1', matchedBy: 'pi' },
    ]);
    expect(matchIntegrity([app({ institution: '广西医科大学' })], entries, day)).toEqual([]);
  });

  it('matches a person entry without an institution at any institution', () => {
    expect(matchIntegrity([app({ institution: '浙江大学' })], [person('E1', '张伟')], day)).toHaveLength(1);
  });

  it('matches team members, using their stated affiliation or the applicant’s', () => {
    const entries = [person('E1', 'Maria Rossi', 'ETH Zurich'), person('E2', '王芳', '广西大学')];
    const found = matchIntegrity([app({ team: ['Rossi, Maria (ETH Zurich)', '王芳'] })], entries, day);
    expect(found).toEqual([
      { applicationId: 'A1', entryId: 'E1', matchedBy: 'team' },
      { applicationId: 'A1', entryId: 'E2', matchedBy: 'team' },
    ]);
  });

  it('matches a listed institution, including units inside it and its English name', () => {
    const entries = [institution('E1', '广西大学')];
    expect(
      matchIntegrity([app({ institution: 'Guangxi University, College of Agriculture' })], entries, day),
    ).toEqual([{ applicationId: 'A1', entryId: 'E1', matchedBy: 'institution' }]);
  });

  it('only applies entries in force on the day, bounds included', () => {
    const entries = [
      person('past', '张伟', '', '2020-01-01', '2026-06-29'),
      person('edge', '张伟', '', '2026-06-30', '2026-06-30'),
      person('future', '张伟', '', '2026-07-01', null),
    ];
    expect(matchIntegrity([app()], entries, day).map((match) => match.entryId)).toEqual(['edge']);
  });
});
