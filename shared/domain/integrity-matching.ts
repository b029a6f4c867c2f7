import type { IntegrityKind } from './integrity';
import { inForce } from './integrity';
import { institutionKey } from '../normalize/institution';
import { personKey, personWithAffiliation } from '../normalize/person';

export interface ListedEntry {
  id: string;
  kind: IntegrityKind;
  /** Normalised as stored: personKey for persons, institutionKey for institutions. */
  nameKey: string;
  /** A person's institution, normalised; '' = any. */
  institutionKey: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface ApplicantRecord {
  id: string;
  piName: string;
  institution: string;
  team: readonly string[];
}

export interface IntegrityMatch {
  applicationId: string;
  entryId: string;
  matchedBy: 'pi' | 'team' | 'institution';
}

/**
 * Applications that touch the integrity list (科研诚信) on `day` (ISO date): the applicant's
 * institution is a listed institution, or the PI or a team member is a listed person — same
 * normalised name and, when the entry names an institution, the same normalised institution.
 */
export function matchIntegrity(
  applications: readonly ApplicantRecord[],
  entries: readonly ListedEntry[],
  day: string,
): IntegrityMatch[] {
  const active = entries.filter((entry) => entry.nameKey !== '' && inForce(entry, day));
  const institutions = new Map<string, ListedEntry[]>();
  const persons = new Map<string, ListedEntry[]>();
  for (const entry of active) {
    const index = entry.kind === 'institution' ? institutions : persons;
    index.set(entry.nameKey, [...(index.get(entry.nameKey) ?? []), entry]);
  }

  const matches: IntegrityMatch[] = [];
  for (const application of applications) {
    const seen = new Set<string>();
    const add = (entryId: string, matchedBy: IntegrityMatch['matchedBy']) => {
      if (seen.has(entryId)) return;
      seen.add(entryId);
      matches.push({ applicationId: application.id, entryId, matchedBy });
    };
    const home = institutionKey(application.institution);
    for (const entry of institutions.get(home) ?? []) add(entry.id, 'institution');
    const people: [string, string, IntegrityMatch['matchedBy']][] = [
      [application.piName, home, 'pi'],
      ...application.team.map((member): [string, string, IntegrityMatch['matchedBy']] => {
        const { name, institution } = personWithAffiliation(member);
        return [name, institution === '' ? home : institutionKey(institution), 'team'];
      }),
    ];
    for (const [name, institution, matchedBy] of people) {
      for (const entry of persons.get(personKey(name)) ?? []) {
        if (entry.institutionKey === '' || entry.institutionKey === institution) add(entry.id, matchedBy);
      }
    }
  }
  return matches;
}
