export default {
  loading: 'Loading…',
  language: 'Language',
  dismiss: 'Dismiss',
  cancel: 'Cancel',
  save: 'Save',
  roles: { office: 'Programme office', reviewer: 'Reviewer' },
  nav: {
    label: 'Main navigation',
    overview: 'Overview',
    audit: 'Audit log',
    closeWorkspace: 'Close workspace',
  },
  welcome: {
    tagline: 'Evaluate grant applications offline: score, send signed bundles, merge, rank fairly, decide.',
    createOffice: 'New programme-office workspace',
    createOfficeHint:
      'Set up calls and rubrics, import applications, assign reviewers and merge their reviews.',
    workspaceName: 'Workspace name',
    workspaceNamePlaceholder: 'e.g. 2026 Natural Science Fund',
    create: 'Create workspace',
    openWorkspace: 'Open a workspace',
    openWorkspaceHint: 'Continue with an office or reviewer workspace on this computer.',
    recent: 'Recent workspaces',
    workspacePath: 'Workspace file',
    open: 'Open',
  },
  overview: {
    role: 'Role',
    file: 'File',
    created: 'Created',
    schema: 'Schema version',
    next: {
      office: 'Next: set up a call and its rubric, then import applications and reviewers.',
      reviewer: 'Next: open the assignment package the programme office sent you.',
    },
  },
  audit: { at: 'Time', action: 'Action', subject: 'Subject', empty: 'Nothing recorded yet.' },
};
