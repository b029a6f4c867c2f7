import type { ComponentType } from 'react';
import type { WorkspaceRole } from '../../shared/domain/workspace';
import { AuditLog } from '../screens/AuditLog';
import { Overview } from '../screens/Overview';
import { ResultsScreen } from '../screens/office/results/ResultsScreen';

/** A screen in the navigation; `labelKey` is an i18n key. Roles say which workspaces show it. */
export interface ScreenRoute {
  id: string;
  labelKey: string;
  roles: readonly WorkspaceRole[];
  component: ComponentType;
}

export const routes: readonly ScreenRoute[] = [
  { id: 'overview', labelKey: 'ui.nav.overview', roles: ['office', 'reviewer'], component: Overview },
  { id: 'results', labelKey: 'results.ui.nav', roles: ['office'], component: ResultsScreen },
  { id: 'audit', labelKey: 'ui.nav.audit', roles: ['office', 'reviewer'], component: AuditLog },
];
