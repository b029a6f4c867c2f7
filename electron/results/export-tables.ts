import type { ResultsView } from '../../shared/contract/results';
import { pick } from '../../shared/domain/localized';
import type { Language } from '../../shared/i18n/catalogs';
import { translate } from '../../shared/i18n/translate';
import type { CallInputs } from './call-inputs';

/** A cell of an export: text, a number, or empty. Numbers stay numbers (never text) in every format. */
export type Cell = string | number | null;

export type ColumnKind = 'text' | 'integer' | 'decimal' | 'money';

export interface ExportTable {
  id: 'ranking' | 'reviews' | 'budgets' | 'decisions';
  /** Translated sheet / table name. */
  name: string;
  columns: { header: string; kind: ColumnKind }[];
  rows: Cell[][];
}

/** A column: its translated header, its kind and how a row gives its cell. */
type ColumnSpec<Row> = [header: string, kind: ColumnKind, value: (row: Row) => Cell];

function table<Row>(
  id: ExportTable['id'],
  language: Language,
  specs: ColumnSpec<Row>[],
  rows: readonly Row[],
): ExportTable {
  return {
    id,
    name: translate(language, `results.export.sheets.${id}`),
    columns: specs.map(([header, kind]) => ({ header, kind })),
    rows: rows.map((row) => specs.map(([, , value]) => value(row))),
  };
}

/** The four tables of the committee export, in the caller's language, best-ranked first. */
export function exportTables(view: ResultsView, inputs: CallInputs, language: Language): ExportTable[] {
  const tr = (key: string) => translate(language, key);
  const col = (key: string) => tr(`results.export.columns.${key}`);
  const byRank = [...view.applications].sort(
    (a, b) =>
      (a.challenge?.code ?? '').localeCompare(b.challenge?.code ?? '') ||
      (a.ranking?.rank ?? Number.POSITIVE_INFINITY) - (b.ranking?.rank ?? Number.POSITIVE_INFINITY) ||
      a.referenceNo.localeCompare(b.referenceNo),
  );
  const criteria = view.rubric.criteria;
  const recommendationLabel = new Map(
    view.rubric.recommendations.map((r) => [r.id, pick(r.label, language)]),
  );
  const interval = (value: [number, number] | undefined) =>
    value === undefined ? null : `${round(value[0])}–${round(value[1])}`;
  type App = (typeof byRank)[number];

  const ranking = table<App>(
    'ranking',
    language,
    [
      [col('rank'), 'decimal', (a) => a.ranking?.rank ?? null],
      [col('referenceNo'), 'text', (a) => a.referenceNo],
      [col('title'), 'text', (a) => a.title],
      [col('pi'), 'text', (a) => a.piName],
      [col('institution'), 'text', (a) => a.institution],
      [
        col('challenge'),
        'text',
        (a) => (a.challenge ? `${a.challenge.code} ${pick(a.challenge.title, language)}` : null),
      ],
      [col('reviews'), 'integer', (a) => a.aggregate.n],
      [col('mean'), 'decimal', (a) => a.aggregate.mean],
      [col('median'), 'decimal', (a) => a.aggregate.median],
      [col('sd'), 'decimal', (a) => a.aggregate.sd],
      [col('range'), 'decimal', (a) => a.aggregate.range],
      [col('weightedTotal'), 'decimal', (a) => a.aggregate.weightedTotal],
      ...criteria.map((c): ColumnSpec<App> => [
        `${col('criterionMean')}: ${pick(c.label, language)}`,
        'decimal',
        (a) => a.aggregate.criterionMeans[c.id] ?? null,
      ]),
      [col('er'), 'decimal', (a) => a.ranking?.er ?? null],
      [col('pcer'), 'decimal', (a) => a.ranking?.pcer ?? null],
      [col('sucra'), 'decimal', (a) => a.ranking?.sucra ?? null],
      [col('cri50'), 'text', (a) => interval(a.ranking?.cri50)],
      [col('cri90'), 'text', (a) => interval(a.ranking?.cri90)],
      [col('group'), 'text', (a) => (a.ranking?.group ? tr(`results.groups.${a.ranking.group}`) : null)],
      [col('lottery'), 'text', (a) => (a.lottery ? tr(`results.lotteryOutcome.${a.lottery}`) : null)],
      [col('award'), 'money', (a) => a.award.amount],
      [col('excluded'), 'text', (a) => (a.excluded ? tr('results.export.yes') : null)],
      [col('disagreement'), 'text', (a) => (a.aggregate.disagreement ? tr('results.export.yes') : null)],
      [col('decision'), 'text', (a) => (a.decision ? tr(`results.outcomes.${a.decision.outcome}`) : null)],
    ],
    byRank,
  );

  const references = new Map(view.applications.map((a) => [a.id, a]));
  const reviewRows = [...inputs.reviews].sort(
    (a, b) =>
      (references.get(a.applicationId)?.referenceNo ?? '').localeCompare(
        references.get(b.applicationId)?.referenceNo ?? '',
      ) || a.reviewerName.localeCompare(b.reviewerName),
  );
  type Review = (typeof reviewRows)[number];
  const reviews = table<Review>(
    'reviews',
    language,
    [
      [col('referenceNo'), 'text', (r) => references.get(r.applicationId)?.referenceNo ?? r.applicationId],
      [col('title'), 'text', (r) => references.get(r.applicationId)?.title ?? ''],
      [col('reviewer'), 'text', (r) => r.reviewerName],
      [col('status'), 'text', (r) => tr(`results.reviewStatus.${r.status}`)],
      [col('overall'), 'decimal', (r) => (r.status === 'submitted' ? r.overall : null)],
      ...criteria.map((c): ColumnSpec<Review> => [
        pick(c.label, language),
        'decimal',
        (r) => r.scores[c.id] ?? null,
      ]),
      [
        col('recommendation'),
        'text',
        (r) => (r.recommendation ? (recommendationLabel.get(r.recommendation) ?? r.recommendation) : null),
      ],
      [col('strengths'), 'text', (r) => r.comments.strengths ?? null],
      [col('weaknesses'), 'text', (r) => r.comments.weaknesses ?? null],
      [col('confidential'), 'text', (r) => r.comments.confidential ?? null],
      [
        col('budgetVerdict'),
        'text',
        (r) => (r.budgetOpinion ? tr(`results.budgetVerdict.${r.budgetOpinion.verdict}`) : null),
      ],
      [col('recommendedAmount'), 'money', (r) => r.budgetOpinion?.recommendedAmount ?? null],
    ],
    reviewRows,
  );

  const budgets = table<App>(
    'budgets',
    language,
    [
      [col('referenceNo'), 'text', (a) => a.referenceNo],
      [col('title'), 'text', (a) => a.title],
      [col('requested'), 'money', (a) => a.requested],
      [col('recommendedMedian'), 'money', (a) => a.award.median],
      [col('opinions'), 'integer', (a) => a.award.opinions],
      [col('award'), 'money', (a) => a.award.amount],
      [col('awardBasis'), 'text', (a) => tr(`results.awardBasis.${a.award.basis}`)],
      [col('overrideReason'), 'text', (a) => a.award.reason],
      [col('decidedAmount'), 'money', (a) => a.decision?.amount ?? null],
    ],
    byRank,
  );

  const decided = byRank.filter((a) => a.decision !== null);
  const decisions = table<App>(
    'decisions',
    language,
    [
      [col('referenceNo'), 'text', (a) => a.referenceNo],
      [col('title'), 'text', (a) => a.title],
      [col('pi'), 'text', (a) => a.piName],
      [col('decision'), 'text', (a) => (a.decision ? tr(`results.outcomes.${a.decision.outcome}`) : null)],
      [col('decidedAmount'), 'money', (a) => a.decision?.amount ?? null],
      [col('note'), 'text', (a) => a.decision?.note ?? null],
      [col('decidedAt'), 'text', (a) => a.decision?.decidedAt ?? null],
    ],
    decided,
  );
  return [ranking, reviews, budgets, decisions];
}

/** Decimals shown in text (intervals): at most two places. */
export function round(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}
