/**
 * Orientation. Internally every ranking computation works on "oriented" values where larger is
 * better, so rank 1 is always the best application whatever the rubric's scale direction.
 */
import type { Direction } from './types';

/** +1 when higher is better, −1 when lower is better. */
export function directionSign(direction: Direction): 1 | -1 {
  return direction === 'higher-is-better' ? 1 : -1;
}

/** The value on the larger-is-better scale. */
export function orient(value: number, direction: Direction): number {
  return direction === 'higher-is-better' ? value : -value;
}

/** True when `a` is at least as good as `b` on the given scale. */
export function atLeastAsGood(a: number, b: number, direction: Direction): boolean {
  return direction === 'higher-is-better' ? a >= b : a <= b;
}
