/** Every screen the navigation can show; `go()` takes only these. */
export const routeIds = [
  'overview',
  'office-calls',
  'office-applications',
  'office-reviewers',
  'office-integrity',
  'office-conflicts',
  'office-assignment',
  'office-packages',
  'office-merge',
  'office-dashboard',
  'results',
  'office-panel',
  'office-reviewer-record',
  'reviewer-inbox',
  'reviewer-open',
  'reviewer-export',
  'reviewer-panel',
  'audit',
] as const;
export type RouteId = (typeof routeIds)[number];
