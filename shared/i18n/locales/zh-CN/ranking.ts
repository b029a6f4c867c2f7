import type en from '../en/ranking';

export default {
  errors: {
    invalidScore: '评审专家 {{reviewer}} 对申请书 {{application}} 的评分 {{score}} 不是有效数字。',
    duplicateScore: '评审专家 {{reviewer}} 对申请书 {{application}} 有多个评分。',
    invalidOption: '排序选项“{{option}}”的值无效：{{value}}。',
    noScores: '没有可用于排序的已提交评分。',
    missingAward: '申请书 {{application}} 尚无资助金额，按预算划线前请先设定。',
    missingGroup: '申请书 {{application}} 不属于任何榜单。',
    duplicateCandidate: '申请书 {{application}} 重复出现。',
    lotteryPlaces: '无法在 {{candidates}} 个候选中抽取 {{places}} 个名额。',
    overrideReason: '调整资助金额须填写理由。',
  },
  warnings: {
    rhatHigh: '最大 R-hat 为 {{rhat}}，超过 {{limit}}（{{parameter}}）：抽样链尚未收敛，请增加迭代次数。',
    noScores: '申请书 {{application}} 没有已提交的评分，不参与排序。',
    unresolvedTie: '申请书 {{applications}} 在所有并列规则（{{rules}}）下仍然并列。',
    intervalFundsMore: '按区间规则有 {{funded}} 项获资助，但可资助名额只有 {{places}} 项。',
    placesExceedLottery:
      '随机遴选有 {{places}} 个名额，但只有 {{candidates}} 个候选，{{unfilled}} 个名额空缺。',
    envelopeExceeded: '按区间规则资助的金额超出预算总额 {{envelope}} 达 {{over}}，须由项目主管决定。',
    nothingFits: '排名第一的申请书已超出预算总额，无可资助项目。',
    uncalibratedReviewer:
      '评审专家 {{reviewer}} 只有 {{n}} 个评分（最少 {{min}} 个）或评分无差异，其评分未经校准。',
    noReviewerOverlap: '没有评审专家评审过两项及以上申请书，无法估计评审宽严度，模型中不含该项。',
    excluded: '申请书 {{application}} 不参与排序和资助。',
  },
} satisfies typeof en;
