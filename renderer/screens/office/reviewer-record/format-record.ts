import {
  creditComponents,
  type CreditComponent,
  type CreditWeights,
} from '../../../../shared/contract/reviewer-record';

/** "completion 1 · on time 1 · …": the weights every credit score is shown beside. */
export function weightsCaption(
  weights: CreditWeights,
  label: (component: CreditComponent) => string,
): string {
  return creditComponents.map((c) => `${label(c)} ${weights[c]}`).join(' · ');
}

export function percent(value: number | null): string {
  return value === null ? '' : `${Math.round(value * 100)}%`;
}
