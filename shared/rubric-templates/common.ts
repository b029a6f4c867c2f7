import type { CommentField, Level } from '../domain/rubric';
import type { LocalizedText } from '../domain/localized';

/** Pieces several templates share: the funding recommendation and the comment fields. */
export const fundingRecommendations = [
  { id: 'priority', label: { zh: '优先资助', en: 'Fund with priority' } },
  { id: 'fundable', label: { zh: '可资助', en: 'Fundable' } },
  { id: 'not-fundable', label: { zh: '不予资助', en: 'Do not fund' } },
];

export const text = (zh: string, en: string): LocalizedText => ({ zh, en });

export const level = (
  value: number,
  code: string,
  label: LocalizedText,
  descriptor: LocalizedText,
): Level => ({
  value,
  code,
  label,
  descriptor,
});

export function strengths(required: boolean, minLength: number): CommentField {
  return { id: 'strengths', label: text('主要优点', 'Main strengths'), required, minLength };
}

export function weaknesses(required: boolean, minLength: number): CommentField {
  return {
    id: 'weaknesses',
    label: text('主要不足及改进建议', 'Main weaknesses and suggestions'),
    required,
    minLength,
  };
}

export function toApplicant(required: boolean, minLength: number): CommentField {
  return {
    id: 'toApplicant',
    label: text('给申请人的意见', 'Comments to the applicant'),
    required,
    minLength,
  };
}

export function confidential(): CommentField {
  return {
    id: 'confidential',
    label: text('给项目主管的保密意见（不转给申请人）', 'Confidential comments to the programme office'),
    required: false,
    minLength: 0,
  };
}
