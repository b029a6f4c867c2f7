export default {
  /** One sentence per figure, for officers; also the help texts of the quality screens. */
  help: {
    alphaInterval:
      'Krippendorff’s alpha says how far reviewers agree on the same applications beyond what chance would give: 1 is perfect agreement, 0 no more than chance, and 0.67–0.8 is the usual range for decisions of consequence.',
    alphaOrdinal:
      'Ordinal alpha is the same measure when only the order of the grades counts, not their distances; read it for letter or word grades such as A–D or 优/良/中/差.',
    alphaCi90:
      'The 90 % interval shows how much alpha could move with another set of applications of the same kind, found by redrawing the applications many times with a recorded seed.',
    icc1: 'The ICC is the share of the differences between scores that comes from the applications themselves rather than from who reviewed them; it is the reliability of a single review.',
    reviewersFor:
      'Reviewers needed is how many reviews per application would make the average score reach a reliability of 0.7 or 0.8, if reviewers keep agreeing as they did in this call.',
    spread: 'Spread is the standard deviation of one application’s scores: how far its reviewers were apart.',
    discordant:
      'An application is marked discordant when its reviewers disagree at least 1.5 times as much as reviewers of this call usually do; read its reviews before deciding.',
    fundedShare:
      'Funded share is how often the application lands above the funding line across the plausible rankings the scores allow (model draws or redrawn reviews).',
    stability:
      'Always (95 % or more), sometimes, or never (5 % or less) funded: “sometimes” marks the applications the scores cannot separate, the natural lottery candidates.',
    leniency:
      'Leniency is how much more generously than the other reviewers this reviewer scores the same applications; positive means generous.',
    agreement:
      'Agreement is the correlation between this reviewer’s scores and the average of the other reviewers on the same applications: near 1 they rank alike, near 0 or below they do not.',
    credit:
      'The credit score (0 to 100) sums up a reviewer’s record: the weighted mean of completion, on-time delivery, agreement with the panel, the officer’s usefulness ratings and balanced scoring, with the weights shown beside it.',
    pcer: 'PCER is the expected rank as a percentage of the pool: 1 % is the top, 100 % the bottom.',
    sucra:
      'SUCRA is the share of the other applications this one is expected to beat: 1 beats them all, 0 none.',
    rhat: 'R-hat checks that the independent runs of the model agree; above 1.05 they have not settled and the ranking should be rerun with more iterations.',
  },
  stability: { always: 'always', sometimes: 'sometimes', never: 'never' },
  record: {
    weightsValue: 'Weight',
    annotationsDate: 'Date',
    exportXlsx: 'Export as XLSX',
    nav: 'Reviewer record',
    title: 'Reviewer record',
    intro:
      'What each reviewer was asked and delivered in every call of this workspace, how their scores sit with the panel, and a credit score whose weights you declare below.',
    tableLabel: 'Reviewers with their record across calls; sort by any column',
    callsLabel: 'The reviewer’s figures per call',
    credit: 'Credit score',
    overall: 'Credit score over all calls: {{score}} of 100',
    weightsBeside: 'weights: {{weights}}',
    trendLabel: 'Credit score of {{name}} per call',
    weightsTitle: 'Weights of the credit score',
    weightsHelp:
      'The credit score is 100 × the weighted mean of the parts below that can be measured (each from 0 to 1); a weight of 0 leaves a part out. Every change is recorded in the audit log.',
    saveWeights: 'Save weights',
    components: {
      completion: 'completion',
      onTime: 'on time',
      agreement: 'agreement',
      usefulness: 'usefulness',
      balance: 'balance',
    },
    componentHelp: {
      completion: 'Reviews submitted out of those assigned and not recused.',
      onTime: 'Share of the reviews due by now that came in on or before their due date.',
      agreement: 'Agreement with the other reviewers of the same applications; below 0 counts as 0.',
      usefulness: 'The officer’s mean rating of the reviews’ usefulness, from 1 (0) to 4 (1).',
      balance:
        'One minus the reviewer’s leniency in score points: a reviewer a whole point off the panel scores 0.',
    },
    daysLateHelp: 'Median days late of the reviews that came in late or are still overdue.',
    commentLengthHelp:
      'Average number of characters of the comments the applicant reads, per submitted review.',
    columns: {
      reviewer: 'Reviewer',
      institution: 'Institution',
      calls: 'Calls',
      call: 'Call',
      assigned: 'Assigned',
      submitted: 'Submitted',
      recused: 'Recused',
      conflicts: 'Declared conflicts',
      onTime: 'On time',
      daysLate: 'Median days late',
      leniency: 'Leniency (90 %)',
      agreement: 'Agreement',
      commentLength: 'Comment length',
      rating: 'Usefulness rating',
    },
    annotationsTitle: 'Officer’s notes',
    annotationsHelp:
      'Notes stand beside the record; they are never edited or removed and never change a score.',
    noAnnotations: 'No notes yet.',
    noteNeeded: 'Write the note first.',
    weightsInvalid: 'Each weight must be a number from 0 to 100.',
    noteField: 'New note',
    annotate: 'Add note',
    usefulness: 'Usefulness (officer)',
    rateLabel: 'Usefulness of the review by {{reviewer}}',
    noteLabel: 'Note on the review by {{reviewer}}',
    notePlaceholder: 'Note (optional)',
    notRated: 'Not rated',
    unchangedWhy: 'Change the rating or the note first.',
    noRatingWhy: 'Pick a rating first.',
    saveRating: 'Save rating',
    ratings: { '1': '1 · not useful', '2': '2 · somewhat useful', '3': '3 · useful', '4': '4 · very useful' },
  },
  letter: {
    title: 'Letter of thanks and feedback',
    date: 'Date',
    greeting: 'Dear {{name}},',
    thanks_one:
      'Thank you for reviewing for us. You submitted {{count}} review in the calls below; this letter gives you your own figures so you can see how your review was used and how it compares with the panel you sat on.',
    thanks_other:
      'Thank you for reviewing for us. You submitted {{count}} reviews in the calls below; this letter gives you your own figures so you can see how your reviews were used and how they compare with the panels you sat on.',
    ownOnly:
      'This letter shows your own figures only. It names no other reviewer and gives none of their figures.',
    creditTitle: 'Your credit score',
    credit:
      'Your credit score over all calls is {{score}} of 100. It is the weighted mean of the parts below that could be measured; the weights are the ones our office declared.',
    columns: { part: 'Part', yours: 'Yours', meaning: 'What it measures' },
    meaningTitle: 'What the figures mean',
    closing: 'We are grateful for your time and expertise, and look forward to working with you again.',
    signature: 'Programme officer',
    page: 'Page {{page}} of {{pages}}',
    button: 'Letter of thanks (PDF)',
    buttonLanguage: 'Letter language',
  },
  errors: {
    notSubmitted: 'Only a submitted review can be rated; drafts and recusals are not rated.',
    weightsAllZero: 'At least one weight of the credit score must be above zero.',
    unknownReviewer: 'This reviewer is not in the workspace.',
  },
  ui: {
    tab: 'Review quality',
    label: 'Review quality of this call',
    computing: 'Computing review quality…',
    basis: 'Figures from the {{method}} method, seed {{seed}}, with the options of the latest ranking.',
    reliability: 'Reliability of the scores',
    alphaInterval: 'Krippendorff’s alpha (interval)',
    alphaOrdinal: 'Krippendorff’s alpha (ordinal)',
    alphaCi90: '90 % interval of alpha',
    icc1: 'ICC (single review)',
    reviewersFor07: 'Reviewers needed for 0.7',
    reviewersFor08: 'Reviewers needed for 0.8',
    notReached: 'not reachable',
    discordantTitle: 'Discordant applications',
    discordantRule:
      'Rule: discordant when an application’s SD exceeds {{factor}} × {{within}} (this call’s usual SD within an application) = {{limit}}.',
    noDiscordant: 'No application’s reviewers disagree beyond the rule.',
    fundedTitle: 'Stability of the funding line',
    noLine: 'Rank the call with a funding line (number fundable or envelope) to see funded shares.',
    stabilityCounts:
      '{{always}} always, {{sometimes}} sometimes and {{never}} never funded, with {{fundable}} fundable.',
    chartLabel: 'Funded share of each application, coloured always, sometimes or never funded',
    fundedTable: 'Funded share and stability beside the ranking’s 50 % interval group',
    columns: {
      application: 'Application',
      n: 'Reviews',
      spread: 'Spread (SD)',
      fundedShare: 'Funded share',
      stability: 'Stability',
      group50: 'Group by 50 % interval',
    },
  },
  cli: {
    quality:
      'Review quality of a call or a score table: reliability, discordant applications, stability of the funding line, reviewer figures.',
    header:
      'Review quality ({{method}}, seed {{seed}}): alpha {{alpha}} (90 % {{ci}}), ordinal alpha {{ordinal}}, ICC {{icc}}; reviewers needed for 0.7: {{for07}}, for 0.8: {{for08}}',
    pool: 'Challenge {{challenge}} ({{n}} applications): alpha {{alpha}}, ICC {{icc}}, reviewers needed for 0.7: {{for07}}',
    line: 'Fundable: {{k}}. Discordant when the SD exceeds {{factor}} × {{within}} (the call’s usual within-application SD).',
    noLine: 'No funding line given (--fundable or --envelope): funded shares are not computed.',
    applicationsTitle: 'Applications',
    reviewersTitle: 'Reviewers',
    columns: {
      application: 'application',
      n: 'n',
      spread: 'spread',
      discordant: 'discordant',
      fundedShare: 'funded',
      stability: 'stability',
      reviewer: 'reviewer',
      leniency: 'leniency',
      interval: '90 %',
      agreement: 'agreement',
    },
    yes: 'yes',
  },
};
