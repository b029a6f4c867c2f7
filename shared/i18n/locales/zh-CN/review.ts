import type en from '../en/review';

export default {
  issues: {
    required: '必填。',
    offScale: '须在 {{min}} 至 {{max}} 之间，步长 {{step}}。',
    unknownCriterion: '不是本评审指标中的项目。',
    unknownOption: '不是允许的选项。',
    unknownField: '不是本评审指标中的字段。',
    tooShort: '至少 {{min}} 个字（目前 {{length}} 个）。',
    tooLong: '最多 {{max}} 个字（目前 {{length}} 个），此项未保存。',
    recusalWithScores: '同一份评审意见不能既打分又申请回避。',
  },
} satisfies typeof en;
