export default {
  errors: {
    invalidScore:
      'Score {{score}} of reviewer {{reviewer}} for application {{application}} is not a finite number.',
    duplicateScore: 'Reviewer {{reviewer}} has more than one score for application {{application}}.',
    invalidOption: 'The ranking option “{{option}}” has an invalid value: {{value}}.',
    noScores: 'There are no submitted scores to rank.',
    missingAward:
      'Application {{application}} has no award amount; set one before drawing the line by budget.',
    missingGroup: 'Application {{application}} belongs to no challenge.',
    duplicateCandidate: 'Application {{application}} appears twice.',
    lotteryPlaces: 'Cannot draw {{places}} places among {{candidates}} candidates.',
    overrideReason: 'An award override needs a reason.',
  },
  warnings: {
    rhatHigh:
      'Max R-hat {{rhat}} > {{limit}} ({{parameter}}): the chains have not converged; increase the iterations.',
    noScores: 'Application {{application}} has no submitted scores and is not ranked.',
    unresolvedTie: 'Applications {{applications}} are tied on every tie-break rule ({{rules}}).',
    intervalFundsMore:
      '{{funded}} applications are funded by the interval rule but only {{places}} are fundable.',
    placesExceedLottery:
      '{{places}} lottery places but only {{candidates}} candidates; {{unfilled}} places stay empty.',
    envelopeExceeded:
      'The interval rule funds {{over}} more than the envelope {{envelope}}; the officer must decide.',
    nothingFits: 'The best-ranked application does not fit the envelope; nothing is fundable.',
    uncalibratedReviewer:
      'Reviewer {{reviewer}} has {{n}} scores (minimum {{min}}) or no spread; their scores are used uncalibrated.',
    noReviewerOverlap:
      'No reviewer scored two or more applications: reviewer leniency cannot be estimated and is left out of the model.',
    excluded: 'Application {{application}} is excluded from ranking and funding.',
  },
};
