import type { InboxItem } from '../../../shared/contract/reviewer';

/**
 * Previous / next in the order the inbox showed (`queue`), falling back to reference order for
 * applications opened some other way. Archived applications are not stepped through.
 */
export function reviewOrder(items: readonly InboxItem[], queue: readonly string[]): InboxItem[] {
  const active = items.filter((item) => !item.archived);
  const rank = new Map(queue.map((id, index) => [id, index]));
  return [...active].sort(
    (a, b) =>
      (rank.get(a.applicationId) ?? Infinity) - (rank.get(b.applicationId) ?? Infinity) ||
      a.referenceNo.localeCompare(b.referenceNo, 'zh-CN'),
  );
}

/** The first application after `current` (wrapping round) whose review is still open, or null. */
export function nextOpen(order: readonly InboxItem[], current: string): InboxItem | null {
  const at = order.findIndex((item) => item.applicationId === current);
  for (let step = 1; step < order.length; step += 1) {
    const item = order[(at + step + order.length) % order.length];
    if (item && (item.state === 'not-started' || item.state === 'draft')) return item;
  }
  return null;
}
