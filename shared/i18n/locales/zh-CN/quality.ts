import type en from '../en/quality';

export default {
  help: {
    alphaInterval:
      'Krippendorff α 系数衡量专家对同一申请书的评价在多大程度上超出偶然的一致：1 为完全一致，0 相当于随机打分，重要决策通常要求在 0.67–0.8 以上。',
    alphaOrdinal:
      '有序 α 系数只看等级的先后、不看等级之间的距离；采用 A–D 或优/良/中/差等等级评分时，应以此为准。',
    alphaCi90:
      '90% 区间表示换一批同类申请书时 α 系数可能的变动范围，通过按记录的随机种子反复重抽申请书得到。',
    icc1: '组内相关系数（ICC）表示评分差异中有多大比例来自申请书本身而不是由谁评审，即单份评审意见的信度。',
    reviewersFor:
      '所需专家数：若专家之间的一致程度与本批次相同，每份申请书需要多少位专家评审，平均分的信度才能达到 0.7 或 0.8。',
    spread: '离散度是同一申请书各评分的标准差，反映评审专家之间的分歧大小。',
    discordant:
      '若某申请书的专家分歧达到本批次通常分歧的 1.5 倍以上，即标记为“意见分歧”，决策前请先查看各份评审意见。',
    fundedShare:
      '资助概率是在评分所允许的各种合理排序中（模型抽样或重抽评审意见），该申请书位于资助线以内的比例。',
    stability:
      '稳定资助（95% 及以上）、可能资助、稳定落选（5% 及以下）；“可能资助”表示评分无法区分的申请书，正是随机遴选的候选对象。',
    leniency: '宽严度表示该专家对相同申请书的打分比其他专家宽松多少；正值表示偏宽松。',
    agreement:
      '一致性是该专家的评分与其他专家对相同申请书平均分的相关系数：接近 1 表示排序基本一致，接近 0 或为负表示不一致。',
    pcer: 'PCER 是以百分比表示的期望排名：1% 为最前，100% 为最后。',
    sucra: 'SUCRA 是该申请书预期能胜过的其他申请书所占比例：1 表示胜过全部，0 表示一个也胜不过。',
    rhat: 'R-hat 用于检验模型的几条独立抽样链是否收敛一致；超过 1.05 说明尚未收敛，应增加迭代次数后重新排序。',
  },
  stability: { always: '稳定资助', sometimes: '可能资助', never: '稳定落选' },
  errors: {
    notSubmitted: '只能对已提交的评审意见评分，草稿和回避的不评分。',
    weightsAllZero: '信用分的权重至少要有一项大于零。',
    unknownReviewer: '本工作区中没有这位评审专家。',
  },
  ui: {
    tab: '评审质量',
    label: '本项目指南的评审质量',
    computing: '正在计算评审质量…',
    basis: '以下指标采用{{method}}方法、随机种子 {{seed}}，参数与最近一次排序相同。',
    reliability: '评分信度',
    alphaInterval: 'Krippendorff α 系数（等距）',
    alphaOrdinal: 'Krippendorff α 系数（有序）',
    alphaCi90: 'α 系数 90% 区间',
    icc1: '组内相关系数 ICC（单份评审）',
    reviewersFor07: '信度达 0.7 所需专家数',
    reviewersFor08: '信度达 0.8 所需专家数',
    notReached: '无法达到',
    discordantTitle: '意见分歧的申请书',
    discordantRule:
      '规则：申请书评分标准差超过 {{factor}} × {{within}}（本批次同一申请书内的通常标准差）= {{limit}} 即为意见分歧。',
    noDiscordant: '没有申请书的专家分歧超出该规则。',
    fundedTitle: '资助线稳定性',
    noLine: '请按资助名额或经费总额设定资助线后重新排序，即可查看资助概率。',
    stabilityCounts:
      '稳定资助 {{always}} 项，可能资助 {{sometimes}} 项，稳定落选 {{never}} 项；资助名额 {{fundable}} 项。',
    chartLabel: '各申请书的资助概率，按稳定资助、可能资助、稳定落选着色',
    fundedTable: '资助概率与稳定性，并列排序表中按 50% 区间划分的组别',
    columns: {
      application: '申请书',
      n: '评审数',
      spread: '离散度（标准差）',
      fundedShare: '资助概率',
      stability: '稳定性',
      group50: '50% 区间组别',
    },
  },
  cli: {
    quality: '评审质量分析（项目指南或评分表）：信度、意见分歧的申请书、资助线稳定性、专家指标。',
    header:
      '评审质量（{{method}}，随机种子 {{seed}}）：α 系数 {{alpha}}（90% 区间 {{ci}}），有序 α 系数 {{ordinal}}，ICC {{icc}}；信度达到 0.7 所需专家数 {{for07}}，达到 0.8 所需 {{for08}}',
    pool: '榜单 {{challenge}}（{{n}} 份申请书）：α 系数 {{alpha}}，ICC {{icc}}，信度达到 0.7 所需专家数 {{for07}}',
    line: '资助名额：{{k}}。标准差超过 {{factor}} × {{within}}（本批次同一申请书内的通常标准差）即为意见分歧。',
    noLine: '未指定资助线（--fundable 或 --envelope），不计算资助概率。',
    applicationsTitle: '申请书',
    reviewersTitle: '评审专家',
    columns: {
      application: '申请书',
      n: '评审数',
      spread: '离散度',
      discordant: '分歧',
      fundedShare: '资助概率',
      stability: '稳定性',
      reviewer: '专家',
      leniency: '宽严度',
      interval: '90% 区间',
      agreement: '一致性',
    },
    yes: '是',
  },
} satisfies typeof en;
