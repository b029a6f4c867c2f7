import type { Db } from '../../db/connection';
import type { AssignmentCallRow } from '../../db/repositories/assignments';
import {
  assignedReviewers,
  callChallengeTitles,
  latestIssuedPackages,
  packageApplications,
  rubricJson,
  type IssuedPackageRow,
  findReviewerForPackage,
  type PackageApplicationRow,
} from '../../db/repositories/packages';
import type { PackageState } from '../../shared/contract/packages';
import { rubricSchema, type Rubric } from '../../shared/domain/rubric';
import { AppError } from '../../shared/errors';
import { parseJsonText } from '../../shared/json/parse';
import { bodyDigest, packageBody, type PackageBody } from './package-content';

/** One reviewer's package as it would be issued now, next to the last one issued. */
export interface PackageTarget {
  reviewer: { id: string; name: string; email: string; institution: string };
  applications: PackageApplicationRow[];
  body: PackageBody;
  digest: string;
  latest: IssuedPackageRow | null;
  state: PackageState;
}

export function callRubric(db: Db, call: AssignmentCallRow): Rubric {
  const json = rubricJson(db, call.id, call.rubricVersion);
  if (json === undefined)
    throw new AppError('assignment.errors.noRubric', { call: call.code, version: call.rubricVersion });
  const parsed = rubricSchema.safeParse(parseJsonText(json));
  if (!parsed.success) {
    throw new AppError('assignment.errors.rubricInvalid', {
      call: call.code,
      detail: parsed.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .slice(0, 3)
        .join('; '),
    });
  }
  return parsed.data;
}

/**
 * Every reviewer who has assignments in the call or was issued a package for it, with the body
 * their package would carry now and how that compares with the last one issued.
 */
export function packageTargets(
  db: Db,
  input: {
    call: AssignmentCallRow;
    rubric: Rubric;
    office: PackageBody['office'];
    dueAt: string | null;
  },
): PackageTarget[] {
  const { call } = input;
  const challenges = callChallengeTitles(db, call.id);
  const latest = new Map(latestIssuedPackages(db, call.id).map((row) => [row.reviewerId, row]));
  const reviewers = new Map(assignedReviewers(db, call.id).map((reviewer) => [reviewer.id, reviewer]));
  for (const reviewerId of latest.keys()) {
    if (reviewers.has(reviewerId)) continue;
    const reviewer = findReviewerForPackage(db, reviewerId);
    if (reviewer) reviewers.set(reviewerId, { ...reviewer, assigned: 0 });
  }
  return [...reviewers.values()]
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || (a.id < b.id ? -1 : 1))
    .map((reviewer) => {
      const applications = packageApplications(db, call.id, reviewer.id);
      const body = packageBody({
        call,
        rubric: input.rubric,
        challenges,
        reviewer: {
          id: reviewer.id,
          name: reviewer.name,
          email: reviewer.email,
          institution: reviewer.institution,
        },
        office: input.office,
        dueAt: input.dueAt,
        applications,
      });
      const digest = bodyDigest(body);
      const last = latest.get(reviewer.id) ?? null;
      const state: PackageState =
        last === null
          ? 'new'
          : last.contentDigest === digest
            ? 'current'
            : applications.length === 0
              ? 'withdrawn'
              : 'outdated';
      return { reviewer: body.reviewer, applications, body, digest, latest: last, state };
    });
}
