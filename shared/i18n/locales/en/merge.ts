/**
 * Merging review bundles into the office workspace, and the progress dashboard.
 * Refusal codes are `merge.errors.<key>`; bundle-format refusals come from `bundle.errors.*`.
 */
export default {
  status: {
    applied: 'Applied',
    noop: 'Already imported',
    refused: 'Refused',
  },
  reasons: {
    alreadyImported: 'This exact file was already imported on {{at}}; nothing was changed.',
  },
  progress: {
    merging: 'Merging “{{file}}”',
  },
  errors: {
    noOfficeKey:
      'This workspace has no office encryption key yet, so it cannot open review bundles. Issue the assignment packages first.',
    nothingToImport: 'No review bundle files were given.',
    noMatch: 'No review bundle matches “{{pattern}}”.',
    contentInvalid: 'The content “{{entry}}” of the review bundle is not valid: {{detail}}',
    senderMismatch:
      'The bundle content belongs to reviewer “{{contentReviewer}}”, but it was signed as reviewer “{{reviewer}}”.',
    enrolmentKeyMismatch:
      'The enrolment proof in the bundle is for another key than the one that signed it. The bundle was altered or put together from two bundles.',
    wrongRecipient: 'This bundle was encrypted for another office, not for this workspace.',
    unknownCall: 'The bundle is for call “{{callCode}}”, which is not in this workspace.',
    callCodeMismatch:
      'The bundle names call “{{callCode}}”, but the call with that identity in this workspace is “{{expected}}”. It belongs to another call.',
    noRubric: 'Call “{{callCode}}” has no rubric yet, so its reviews cannot be checked.',
    reviewOtherCall: 'The review of application “{{application}}” belongs to another call than the bundle.',
    reviewOtherReviewer:
      'The review of application “{{application}}” names another reviewer than the sender.',
    draftReview:
      'The review of application “{{application}}” is a draft. Only submitted reviews and recusals are accepted.',
    duplicateReview: 'The bundle contains more than one review of application “{{application}}”.',
    digestMismatch:
      'The review of application “{{application}}” does not match its digest: it was altered after it was written.',
    unknownReviewer:
      'The bundle was sent by reviewer “{{reviewer}}”, who is not registered in this workspace.',
    unknownKey:
      'The bundle is signed with a key that reviewer {{reviewer}} never enrolled. Only bundles made on the reviewer’s own computer are accepted.',
    notEnrolled:
      'Reviewer {{reviewer}} has not been sent an assignment package yet, so their first bundle cannot be accepted.',
    enrolmentInvalid:
      'The enrolment proof does not match the secret in the assignment package sent to {{reviewer}}. The bundle was not made from that package.',
    notAssigned: 'Application “{{application}}” is not assigned to reviewer {{reviewer}}.',
    review: {
      required: 'The review of application “{{application}}” is incomplete: “{{field}}” is required.',
      offScale:
        'The review of application “{{application}}” has an invalid score for “{{field}}”: it must be between {{min}} and {{max}} in steps of {{step}}.',
      unknownCriterion:
        'The review of application “{{application}}” scores “{{field}}”, which is not a criterion of this call’s rubric.',
      unknownOption:
        'The review of application “{{application}}” gives “{{field}}” a value that is not one of the allowed options.',
      unknownField:
        'The review of application “{{application}}” has “{{field}}”, which is not a field of this call’s rubric.',
      tooShort:
        'The review of application “{{application}}” is incomplete: “{{field}}” needs at least {{min}} characters.',
      tooLong:
        'The review of application “{{application}}” is too long: “{{field}}” has {{length}} characters, at most {{max}} are allowed.',
      recusalWithScores:
        'The review of application “{{application}}” is both scored and recused, which is not allowed.',
    },
  },
  cli: {
    summary: 'Merge review bundles (files, folders or glob patterns) into an office workspace',
    line: '{{status}}  {{file}}  {{detail}}',
    counts:
      'new {{new}}, updated {{updated}}, unchanged {{unchanged}}, conflicting {{conflicting}}, recusals {{recusals}}',
    total: '{{applied}} applied, {{noop}} already imported, {{refused}} refused, of {{total}} bundles.',
    cancelled_one: 'Cancelled: {{count}} bundle was not processed.',
    cancelled_other: 'Cancelled: {{count}} bundles were not processed.',
    someRefused: '{{refused}} of {{total}} bundles were refused; the others were merged.',
  },
  import: {
    title: 'Merge review and ballot bundles',
    intro:
      'Add the review bundles (.pdrev) that reviewers sent you, or the ballot bundles (.pdballot) from panel members. Every bundle is checked completely before anything is written, and each one is applied entirely or not at all.',
    choose: 'Choose bundle files',
    chooseFolder: 'Choose a folder',
    dropHere: 'Drop review or ballot bundles here, or anywhere in this window',
    dropActive: 'Release to merge these bundles',
    reading: 'Reading the files',
    unreadable:
      'These could not be read and were left out: {{files}}. To merge a whole folder, use “Choose a folder”.',
    cancelled_one: 'Cancelled. {{count}} bundle was not processed; every processed bundle is complete.',
    cancelled_other: 'Cancelled. {{count}} bundles were not processed; every processed bundle is complete.',
    report: 'Report',
    summary: '{{applied}} applied · {{noop}} already imported · {{refused}} refused',
    file: 'File',
    reviewer: 'Reviewer',
    status: 'Result',
    new: 'New',
    updated: 'Updated',
    unchanged: 'Unchanged',
    conflicting: 'Conflicting',
    recusals: 'Recusals',
    reason: 'Reason',
    recent: 'Recently merged bundles',
    importedAt: 'Imported',
    openDashboard: 'Open the progress dashboard',
  },
  dashboard: {
    title: 'Review progress',
    call: 'Call',
    noCalls: 'No calls yet.',
    totals: 'Totals',
    assigned: 'Assigned',
    received: 'Received',
    recused: 'Recused',
    overdue: 'Overdue',
    outstanding: 'Outstanding',
    conflictsShort: 'Conflicts',
    completion: '{{done}} of {{assigned}} assigned reviews received or recused',
    dueAt: 'Due',
    lastBundle: 'Last bundle',
    never: 'never',
    byReviewer: 'By reviewer',
    byApplication: 'By application',
    reviewer: 'Reviewer',
    application: 'Application',
    applications: 'Applications',
    reference: 'Reference',
    showing: 'Showing {{shown}} of {{total}}; type in the filter to find others.',
    chase: 'Who to chase',
    chaseHint: 'Reviewers with reviews still outstanding, most overdue first.',
    chaseNone: 'Nobody to chase: every assigned review has arrived or was recused.',
    email: 'E-mail',
    reassign: 'Recusals to reassign',
    reassignHint:
      'These reviewers declared a conflict of interest; assign the applications to someone else. “Active” counts the reviewers still assigned.',
    reassignNone: 'No recusals waiting.',
    activeReviewers: 'Active',
    openAssignment: 'Open the assignment matrix',
    conflicts: 'Conflicting versions to resolve',
    conflictsHint:
      'The same reviewer sent two different reviews with the same revision number. Both are kept and the greater digest is used for now; ask the reviewer to export again so that a newer revision settles it.',
    conflictsNone: 'No conflicting versions.',
    revision: 'Revision',
    versions: 'Versions',
    compare: 'Compare',
    hideCompare: 'Hide',
    version: 'Revision {{revision}} · {{digest}}',
    current: 'used now',
    other: 'other version',
    field: 'Field',
    recommendation: 'Recommendation',
    comments: 'Comments',
    recusal: 'Recusal',
    status: 'Status',
    refresh: 'Refresh',
    reason: 'Reason',
    filter: 'Filter',
    errors: {
      unknownCall: 'There is no call with the identity “{{callId}}” in this workspace.',
      noSuchReview: 'This review has no versions to compare.',
    },
  },
  nav: {
    merge: 'Merge bundles',
    dashboard: 'Review progress',
  },
};
