import {
  applicationProfile,
  expertiseMatch,
  reviewerProfile,
  type ExpertiseProfile,
} from '../../../../shared/assignment/expertise';
import { languagesCompatible } from '../../../../shared/assignment/languages';
import type { AssignmentCell, AssignmentMatrix } from '../../../../shared/contract/assignments';

/** What one cell of the matrix shows. */
export type CellState = 'assigned' | 'locked' | 'conflict' | 'recused' | 'free';

export const pairKey = (applicationId: string, reviewerId: string): string =>
  `${applicationId}\u0000${reviewerId}`;

/** Lookups over a matrix response, built once per response. */
export interface MatrixModel {
  matrix: AssignmentMatrix;
  cells: Map<string, AssignmentCell>;
  conflicts: Map<string, string[]>;
  /** Active assignments per application. */
  assignedCount: Map<string, number>;
  applicationProfiles: ExpertiseProfile[];
  reviewerProfiles: ExpertiseProfile[];
}

export function buildModel(matrix: AssignmentMatrix): MatrixModel {
  const cells = new Map(
    matrix.assignments.map((cell) => [pairKey(cell.applicationId, cell.reviewerId), cell]),
  );
  const assignedCount = new Map<string, number>();
  for (const cell of matrix.assignments) {
    if (cell.status === 'assigned')
      assignedCount.set(cell.applicationId, (assignedCount.get(cell.applicationId) ?? 0) + 1);
  }
  return {
    matrix,
    cells,
    conflicts: new Map(matrix.conflicts.map((c) => [pairKey(c.applicationId, c.reviewerId), c.types])),
    assignedCount,
    applicationProfiles: matrix.applications.map((a) => applicationProfile(a.keywords, a.discipline)),
    reviewerProfiles: matrix.reviewers.map((r) => reviewerProfile(r.expertise)),
  };
}

export function cellState(model: MatrixModel, applicationId: string, reviewerId: string): CellState {
  const key = pairKey(applicationId, reviewerId);
  const cell = model.cells.get(key);
  if (cell?.status === 'recused') return 'recused';
  if (cell?.status === 'assigned') return cell.locked ? 'locked' : 'assigned';
  return model.conflicts.has(key) ? 'conflict' : 'free';
}

export function matchAt(model: MatrixModel, row: number, column: number): number {
  const application = model.applicationProfiles[row];
  const reviewer = model.reviewerProfiles[column];
  return application && reviewer ? expertiseMatch(application, reviewer) : 0;
}

/** True when both sides declare languages and share none: auto-assignment never pairs them. */
export function languageMismatchAt(model: MatrixModel, row: number, column: number): boolean {
  const application = model.matrix.applications[row];
  const reviewer = model.matrix.reviewers[column];
  return application !== undefined && reviewer !== undefined
    ? !languagesCompatible(application.languages, reviewer.languages)
    : false;
}

/**
 * The model after one cell changed: `cell` is the new state of the pair (null: no assignment).
 * Loads and counts are adjusted here so the screen need not reload the whole matrix.
 */
export function withCell(
  model: MatrixModel,
  pair: { applicationId: string; reviewerId: string },
  cell: AssignmentCell | null,
): MatrixModel {
  const key = pairKey(pair.applicationId, pair.reviewerId);
  const before = model.cells.get(key)?.status === 'assigned' ? 1 : 0;
  const after = cell?.status === 'assigned' ? 1 : 0;
  const cells = new Map(model.cells);
  if (cell) cells.set(key, cell);
  else cells.delete(key);
  const assignedCount = new Map(model.assignedCount);
  assignedCount.set(pair.applicationId, (assignedCount.get(pair.applicationId) ?? 0) + after - before);
  const reviewers = model.matrix.reviewers.map((reviewer) =>
    reviewer.id === pair.reviewerId
      ? { ...reviewer, load: reviewer.load + after - before, totalLoad: reviewer.totalLoad + after - before }
      : reviewer,
  );
  return { ...model, cells, assignedCount, matrix: { ...model.matrix, reviewers } };
}

/** Row indices of the applications shown: matching the search, and optionally short of reviewers. */
export function visibleRows(model: MatrixModel, search: string, onlyShort: boolean): number[] {
  const needle = search.normalize('NFKC').trim().toLowerCase();
  const wanted = model.matrix.call.reviewersPerApplication;
  const rows: number[] = [];
  model.matrix.applications.forEach((application, index) => {
    if (onlyShort && (model.assignedCount.get(application.id) ?? 0) >= wanted) return;
    if (needle !== '') {
      const text = [application.referenceNo, application.title, ...application.keywords]
        .join('\n')
        .normalize('NFKC')
        .toLowerCase();
      if (!text.includes(needle)) return;
    }
    rows.push(index);
  });
  return rows;
}
