/** Panel packages and ballot bundles: the office issuing them, the member voting, the CLI. */
export default {
  errors: {
    emptyShortlist:
      'The panel of {{call}} has no shortlisted application: there is nothing to send to its members.',
    noPanelPackage: 'No panel package for {{call}} has been opened in this workspace.',
    notInPackage: 'Application {{application}} is not in this panel package.',
    scoreOutOfScale: 'The final score {{score}} is outside the rubric’s scale ({{min}} to {{max}}).',
    nothingToExport: 'There is no ballot for {{call}} yet. Vote on at least one application first.',
    duplicateBallot:
      'The bundle holds two ballots for application {{application}}. Nothing of it was imported.',
    digestMismatch:
      'The ballot for application {{application}} does not match its digest: the bundle was altered. Nothing of it was imported.',
  },
  progress: {
    packages: 'Writing panel packages',
    simulating: 'Simulated panel members voting',
  },
  cli: {
    packages: 'Write one encrypted panel package per panel member of a call',
    packagesDone_one: 'Wrote {{count}} panel package to {{path}}; passphrases: {{list}}',
    packagesDone_other: 'Wrote {{count}} panel packages to {{path}}; passphrases: {{list}}',
    schedule: 'Export the defence (答辩) schedule as XLSX or PDF',
    badFormat: 'Use --format xlsx or --format pdf.',
    demoPanel:
      'Panel: {{calls}} calls, {{packages}} panel packages in {{packagesDir}}, {{ballots}} ballot bundles in {{ballotsDir}} (not merged yet).',
  },
  ui: {
    title: 'Panel vote',
    open: 'Open a panel package',
    passphrase: 'Passphrase',
    opened: 'Opened the panel package of {{call}} (version {{version}}).',
    shortlist: 'Shortlist',
    columns: {
      reference: 'Reference',
      title: 'Title',
      reviews: 'Reviews',
      mean: 'Mean score',
      ballot: 'Your vote',
    },
    notVoted: 'Not voted',
    rule: 'Rule: {{quorum}} of eligible members present; majority {{majority}} of members present.',
    digest: 'Mail reviews (anonymised)',
    digestSummary_one: '{{count}} submitted review; overall mean {{mean}}, range {{min}}–{{max}}.',
    digestSummary_other: '{{count}} submitted reviews; overall mean {{mean}}, range {{min}}–{{max}}.',
    noReviews: 'No submitted mail review.',
    reviewer: 'Review {{n}}',
    overall: 'Overall {{score}}',
    pdf: 'Application PDF',
    noPdf: 'This application has no PDF.',
    ballot: 'Your ballot',
    vote: 'Vote',
    votes: { for: 'For (赞成)', against: 'Against (反对)', abstain: 'Abstain (弃权)' },
    finalScore: 'Final score (optional, {{min}}–{{max}})',
    comment: 'Short comment (optional)',
    save: 'Save ballot',
    saved: 'Saved (revision {{revision}}).',
    chooseVote: 'Choose for, against or abstain.',
    badScore: 'Enter a number from {{min}} to {{max}}, or leave it empty.',
    export: 'Export ballot bundle',
    exported: 'Exported {{fileName}} with {{count}} ballots. Send it to the programme office.',
    back: 'Back to the shortlist',
  },
};
