import type { ComponentType } from 'react';
import type { WorkspaceRole } from '../../shared/domain/workspace';
import type { MessageKey } from '../../shared/i18n/message-key';
import type { RouteId } from './route-ids';
import { AuditLog } from '../screens/AuditLog';
import { Overview } from '../screens/Overview';
import { ApplicationsScreen } from '../screens/office/applications/ApplicationsScreen';
import { CallsScreen } from '../screens/office/calls/CallsScreen';
import { ConflictsScreen } from '../screens/office/conflicts/ConflictsScreen';
import { IntegrityScreen } from '../screens/office/integrity/IntegrityScreen';
import { ReviewersScreen } from '../screens/office/reviewers/ReviewersScreen';
import { AssignmentMatrix } from '../screens/office/AssignmentMatrix';
import { Packages } from '../screens/office/Packages';
import { Dashboard } from '../screens/office/Dashboard';
import { MergeImport } from '../screens/office/MergeImport';
import { PanelScreen } from '../screens/office/panel/PanelScreen';
import { ResultsScreen } from '../screens/office/results/ResultsScreen';
import { ReviewerRecordScreen } from '../screens/office/reviewer-record/ReviewerRecordScreen';
import { ExportScreen } from '../screens/reviewer/ExportScreen';
import { Inbox } from '../screens/reviewer/Inbox';
import { OpenPackage } from '../screens/reviewer/OpenPackage';
import { PanelVote } from '../screens/reviewer/panel/PanelVote';

/** A screen in the navigation; `labelKey` is an i18n key. Roles say which workspaces show it. */
export interface ScreenRoute {
  id: RouteId;
  labelKey: MessageKey;
  roles: readonly WorkspaceRole[];
  component: ComponentType;
}

/** In navigation order; each id of `routeIds` exactly once (a test checks). */
export const routes: readonly ScreenRoute[] = [
  { id: 'overview', labelKey: 'ui.nav.overview', roles: ['office', 'reviewer'], component: Overview },
  { id: 'office-calls', labelKey: 'office.nav.calls', roles: ['office'], component: CallsScreen },
  {
    id: 'office-applications',
    labelKey: 'office.nav.applications',
    roles: ['office'],
    component: ApplicationsScreen,
  },
  { id: 'office-reviewers', labelKey: 'office.nav.reviewers', roles: ['office'], component: ReviewersScreen },
  { id: 'office-integrity', labelKey: 'office.nav.integrity', roles: ['office'], component: IntegrityScreen },
  { id: 'office-conflicts', labelKey: 'office.nav.conflicts', roles: ['office'], component: ConflictsScreen },
  {
    id: 'office-assignment',
    labelKey: 'assignment.nav.matrix',
    roles: ['office'],
    component: AssignmentMatrix,
  },
  { id: 'office-packages', labelKey: 'assignment.nav.packages', roles: ['office'], component: Packages },
  { id: 'office-merge', labelKey: 'merge.nav.merge', roles: ['office'], component: MergeImport },
  { id: 'office-dashboard', labelKey: 'merge.nav.dashboard', roles: ['office'], component: Dashboard },
  { id: 'results', labelKey: 'results.ui.nav', roles: ['office'], component: ResultsScreen },
  { id: 'office-panel', labelKey: 'panel.ui.nav', roles: ['office'], component: PanelScreen },
  {
    id: 'office-reviewer-record',
    labelKey: 'quality.record.nav',
    roles: ['office'],
    component: ReviewerRecordScreen,
  },
  { id: 'reviewer-inbox', labelKey: 'reviewer.nav.inbox', roles: ['reviewer'], component: Inbox },
  { id: 'reviewer-open', labelKey: 'reviewer.nav.openPackage', roles: ['reviewer'], component: OpenPackage },
  { id: 'reviewer-export', labelKey: 'reviewer.nav.export', roles: ['reviewer'], component: ExportScreen },
  { id: 'reviewer-panel', labelKey: 'ballot.ui.title', roles: ['reviewer'], component: PanelVote },
  { id: 'audit', labelKey: 'ui.nav.audit', roles: ['office', 'reviewer'], component: AuditLog },
];
