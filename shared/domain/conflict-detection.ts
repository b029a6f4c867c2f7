import { emailKey } from '../normalize/text';
import { institutionKey } from '../normalize/institution';
import { personKey, personWithAffiliation } from '../normalize/person';

export interface ApplicantSide {
  id: string;
  piName: string;
  institution: string;
  email: string;
  /** Team members, each optionally “Name (Institution)”. */
  team: readonly string[];
}

export interface ReviewerSide {
  id: string;
  name: string;
  email: string;
  institution: string;
  /** Declared collaborators, each optionally “Name (Institution)”. */
  collaborators: readonly string[];
}

export interface FoundConflict {
  applicationId: string;
  reviewerId: string;
  type: 'same-institution' | 'collaborator' | 'self';
  /** The matched value as written, for the officer. */
  reason: string;
}

interface Person {
  written: string;
  nameKey: string;
  /** '' when not known. */
  institutionKey: string;
}

function person(raw: string, fallbackInstitution = ''): Person {
  const { name, institution } = personWithAffiliation(raw);
  return {
    written: raw.trim(),
    nameKey: personKey(name),
    institutionKey: institutionKey(institution || fallbackInstitution),
  };
}

/** Same name, and not known to be at different institutions. */
function couldBeSame(a: Person, b: Person): boolean {
  if (a.nameKey === '' || a.nameKey !== b.nameKey) return false;
  return a.institutionKey === '' || b.institutionKey === '' || a.institutionKey === b.institutionKey;
}

/**
 * Conflicts of interest (回避) the office can see from the data, for every application × reviewer:
 * - `same-institution`: the application's institution and the reviewer's are the same after
 *   normalisation (清华大学计算机系 = Tsinghua University);
 * - `self`: the reviewer is the applicant or on the team: same e-mail, or same normalised name at
 *   the same institution (a team member without an institution is taken to be at the applicant's);
 * - `collaborator`: a collaborator the reviewer declared is the applicant or a team member (same
 *   name, unless both institutions are known and differ).
 * Names alone can be namesakes; a false conflict only keeps one reviewer off one application.
 */
export function detectConflicts(
  applications: readonly ApplicantSide[],
  reviewers: readonly ReviewerSide[],
): FoundConflict[] {
  const byInstitution = new Map<string, ReviewerSide[]>();
  const byEmail = new Map<string, ReviewerSide[]>();
  const prepared = reviewers.map((reviewer) => {
    const institution = institutionKey(reviewer.institution);
    if (institution !== '')
      byInstitution.set(institution, [...(byInstitution.get(institution) ?? []), reviewer]);
    const email = emailKey(reviewer.email);
    if (email !== '') byEmail.set(email, [...(byEmail.get(email) ?? []), reviewer]);
    return {
      reviewer,
      self: { written: reviewer.name, nameKey: personKey(reviewer.name), institutionKey: institution },
      collaborators: reviewer.collaborators.map((entry) => person(entry)),
    };
  });

  const found: FoundConflict[] = [];
  for (const application of applications) {
    const add = (reviewerId: string, type: FoundConflict['type'], reason: string) =>
      found.push({ applicationId: application.id, reviewerId, type, reason });
    const institution = institutionKey(application.institution);
    for (const reviewer of byInstitution.get(institution) ?? [])
      add(reviewer.id, 'same-institution', `${application.institution} = ${reviewer.institution}`);

    const applicants = [
      person(application.piName, application.institution),
      ...application.team.map((member) => person(member, application.institution)),
    ];
    const selfFound = new Set<string>();
    for (const reviewer of byEmail.get(emailKey(application.email)) ?? []) {
      selfFound.add(reviewer.id);
      add(reviewer.id, 'self', application.email.trim());
    }
    for (const { reviewer, self, collaborators } of prepared) {
      const applicant = applicants.find(
        (candidate) =>
          candidate.nameKey === self.nameKey &&
          candidate.nameKey !== '' &&
          candidate.institutionKey === self.institutionKey,
      );
      if (applicant && !selfFound.has(reviewer.id)) add(reviewer.id, 'self', applicant.written);
      const collaborator = collaborators.find((declared) =>
        applicants.some((candidate) => couldBeSame(declared, candidate)),
      );
      if (collaborator) add(reviewer.id, 'collaborator', collaborator.written);
    }
  }
  return found;
}
