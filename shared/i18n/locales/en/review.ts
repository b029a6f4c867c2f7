export default {
  issues: {
    required: 'Required.',
    offScale: 'Must be between {{min}} and {{max}} in steps of {{step}}.',
    unknownCriterion: 'Not a criterion of this rubric.',
    unknownOption: 'Not one of the allowed options.',
    unknownField: 'Not a field of this rubric.',
    tooShort: 'At least {{min}} characters ({{length}} so far).',
    tooLong: 'At most {{max}} characters ({{length}} now); this field was not saved.',
    recusalWithScores: 'A review cannot be both scored and recused.',
  },
};
