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
  // Index reviewers by every key a conflict can be found through, so each application only looks
  // up its own keys instead of comparing against every reviewer.
  const byInstitution = new Map<string, ReviewerSide[]>();
  const byEmail = new Map<string, ReviewerSide[]>();
  const byName = new Map<string, { reviewer: ReviewerSide; self: Person }[]>();
  const byCollaborator = new Map<string, { reviewer: ReviewerSide; declared: Person }[]>();
  const push = <K, V>(index: Map<K, V[]>, key: K, value: V) =>
    index.set(key, [...(index.get(key) ?? []), value]);
  for (const reviewer of reviewers) {
    const institution = institutionKey(reviewer.institution);
    if (institution !== '') push(byInstitution, institution, reviewer);
    const email = emailKey(reviewer.email);
    if (email !== '') push(byEmail, email, reviewer);
    const self = { written: reviewer.name, nameKey: personKey(reviewer.name), institutionKey: institution };
    if (self.nameKey !== '') push(byName, self.nameKey, { reviewer, self });
    for (const entry of reviewer.collaborators) {
      const declared = person(entry);
      if (declared.nameKey !== '') push(byCollaborator, declared.nameKey, { reviewer, declared });
    }
  }

  const found: FoundConflict[] = [];
  for (const application of applications) {
    const seen = new Set<string>();
    const add = (reviewerId: string, type: FoundConflict['type'], reason: string) => {
      const key = `${reviewerId}:${type}`;
      if (seen.has(key)) return;
      seen.add(key);
      found.push({ applicationId: application.id, reviewerId, type, reason });
    };
    const institution = institutionKey(application.institution);
    for (const reviewer of byInstitution.get(institution) ?? [])
      add(reviewer.id, 'same-institution', `${application.institution} = ${reviewer.institution}`);
    for (const reviewer of byEmail.get(emailKey(application.email)) ?? [])
      add(reviewer.id, 'self', application.email.trim());
    const applicants = [
      person(application.piName, application.institution),
      ...application.team.map((member) => person(member, application.institution)),
    ];
    for (const applicant of applicants) {
      for (const { reviewer, self } of byName.get(applicant.nameKey) ?? [])
        if (applicant.institutionKey === self.institutionKey) add(reviewer.id, 'self', applicant.written);
      for (const { reviewer, declared } of byCollaborator.get(applicant.nameKey) ?? [])
        if (couldBeSame(declared, applicant)) add(reviewer.id, 'collaborator', declared.written);
    }
  }
  return found;
}
