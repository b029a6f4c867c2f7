/**
 * The word stock of the demo workspace: research fields with bilingual keywords and title parts,
 * Guangxi and national institutions, Chinese names with their pinyin, international reviewers, and
 * the challenges (榜单) of the challenge call. Combined at random (seeded) by generate.ts.
 */

export type Pair = readonly [zh: string, en: string];

export interface ResearchField {
  /** NSFC-style application code of the discipline. */
  code: string;
  name: Pair;
  keywords: readonly Pair[];
  /** What is studied. */
  objects: readonly Pair[];
  /** How it is studied. */
  methods: readonly Pair[];
  /** Which sector in Guangxi benefits. */
  sector: Pair;
}

export const FIELDS: readonly ResearchField[] = [
  {
    code: 'E02',
    name: ['无机非金属材料', 'Inorganic non-metallic materials'],
    keywords: [
      ['石墨烯', 'graphene'],
      ['钙钛矿', 'perovskite'],
      ['锂离子电池', 'lithium-ion battery'],
      ['稀土功能材料', 'rare-earth functional materials'],
      ['电催化', 'electrocatalysis'],
      ['固态电解质', 'solid-state electrolyte'],
    ],
    objects: [
      ['稀土掺杂发光材料', 'rare-earth doped luminescent materials'],
      ['高镍正极材料', 'nickel-rich cathode materials'],
      ['锰基储能材料', 'manganese-based energy-storage materials'],
      ['二维异质结', 'two-dimensional heterostructures'],
    ],
    methods: [
      ['原位表征', 'in-situ characterisation'],
      ['第一性原理计算', 'first-principles calculation'],
      ['高通量筛选', 'high-throughput screening'],
      ['界面工程', 'interface engineering'],
    ],
    sector: ['锰、稀土等优势矿产资源高值化利用', 'high-value use of manganese and rare-earth resources'],
  },
  {
    code: 'D01',
    name: ['地理学与生态', 'Geography and ecology'],
    keywords: [
      ['喀斯特', 'karst'],
      ['石漠化', 'rocky desertification'],
      ['生物多样性', 'biodiversity'],
      ['红树林', 'mangrove'],
      ['遥感', 'remote sensing'],
      ['碳汇', 'carbon sink'],
    ],
    objects: [
      ['喀斯特峰丛洼地生态系统', 'karst peak-cluster depression ecosystems'],
      ['北部湾红树林湿地', 'Beibu Gulf mangrove wetlands'],
      ['漓江流域', 'the Lijiang River basin'],
      ['桂西北石漠化区', 'rocky desertification areas of north-western Guangxi'],
    ],
    methods: [
      ['多源遥感', 'multi-source remote sensing'],
      ['长期定位观测', 'long-term field observation'],
      ['稳定同位素示踪', 'stable-isotope tracing'],
      ['生态过程模型', 'ecological process modelling'],
    ],
    sector: ['生态文明建设', 'ecological conservation'],
  },
  {
    code: 'C13',
    name: ['农学与作物科学', 'Agronomy and crop science'],
    keywords: [
      ['甘蔗', 'sugarcane'],
      ['水稻', 'rice'],
      ['基因编辑', 'gene editing'],
      ['抗病育种', 'disease-resistance breeding'],
      ['分子标记', 'molecular markers'],
      ['耐旱性', 'drought tolerance'],
    ],
    objects: [
      ['甘蔗宿根矮化病', 'sugarcane ratoon stunting disease'],
      ['优质籼稻', 'high-quality indica rice'],
      ['特色水果', 'subtropical specialty fruits'],
      ['桑蚕品种', 'mulberry silkworm varieties'],
    ],
    methods: [
      ['全基因组关联分析', 'genome-wide association analysis'],
      ['CRISPR 基因编辑', 'CRISPR gene editing'],
      ['多组学整合', 'multi-omics integration'],
      ['智能表型鉴定', 'intelligent phenotyping'],
    ],
    sector: ['糖业与特色农业', 'the sugar industry and specialty agriculture'],
  },
  {
    code: 'H16',
    name: ['肿瘤学', 'Oncology'],
    keywords: [
      ['鼻咽癌', 'nasopharyngeal carcinoma'],
      ['肝细胞癌', 'hepatocellular carcinoma'],
      ['免疫治疗', 'immunotherapy'],
      ['单细胞测序', 'single-cell sequencing'],
      ['EB病毒', 'Epstein–Barr virus'],
      ['液体活检', 'liquid biopsy'],
    ],
    objects: [
      ['鼻咽癌放疗抵抗', 'radioresistance in nasopharyngeal carcinoma'],
      ['肿瘤微环境', 'the tumour microenvironment'],
      ['肝癌早期复发', 'early recurrence of liver cancer'],
      ['EB病毒相关肿瘤', 'EBV-associated tumours'],
    ],
    methods: [
      ['单细胞多组学', 'single-cell multi-omics'],
      ['类器官模型', 'organoid models'],
      ['队列研究', 'prospective cohort studies'],
      ['深度学习影像组学', 'deep-learning radiomics'],
    ],
    sector: ['区域高发肿瘤防治', 'prevention and treatment of regionally prevalent cancers'],
  },
  {
    code: 'F06',
    name: ['人工智能', 'Artificial intelligence'],
    keywords: [
      ['机器学习', 'machine learning'],
      ['计算机视觉', 'computer vision'],
      ['大语言模型', 'large language models'],
      ['联邦学习', 'federated learning'],
      ['知识图谱', 'knowledge graphs'],
      ['边缘计算', 'edge computing'],
    ],
    objects: [
      ['壮语等少数民族语言', 'Zhuang and other minority languages'],
      ['工业视觉检测', 'industrial visual inspection'],
      ['东盟跨境数据', 'China–ASEAN cross-border data'],
      ['智慧医疗影像', 'smart medical imaging'],
    ],
    methods: [
      ['小样本学习', 'few-shot learning'],
      ['多模态大模型', 'multimodal foundation models'],
      ['图神经网络', 'graph neural networks'],
      ['隐私计算', 'privacy-preserving computation'],
    ],
    sector: ['数字广西建设', 'the Digital Guangxi programme'],
  },
  {
    code: 'D06',
    name: ['海洋科学', 'Marine science'],
    keywords: [
      ['北部湾', 'Beibu Gulf'],
      ['珊瑚礁', 'coral reefs'],
      ['海水养殖', 'mariculture'],
      ['赤潮', 'harmful algal blooms'],
      ['海洋牧场', 'marine ranching'],
      ['近海生态', 'coastal ecology'],
    ],
    objects: [
      ['涠洲岛珊瑚礁', 'the Weizhou Island coral reefs'],
      ['近岸牡蛎养殖区', 'nearshore oyster farms'],
      ['北部湾赤潮', 'harmful algal blooms in the Beibu Gulf'],
      ['钦州湾海洋牧场', 'marine ranches of Qinzhou Bay'],
    ],
    methods: [
      ['环境 DNA 监测', 'environmental DNA monitoring'],
      ['海洋数值模拟', 'ocean numerical modelling'],
      ['卫星遥感反演', 'satellite remote-sensing retrieval'],
      ['生态风险评估', 'ecological risk assessment'],
    ],
    sector: ['向海经济', 'the blue economy'],
  },
  {
    code: 'E07',
    name: ['电气与能源', 'Electrical and energy engineering'],
    keywords: [
      ['储能', 'energy storage'],
      ['氢能', 'hydrogen energy'],
      ['光伏', 'photovoltaics'],
      ['智能电网', 'smart grid'],
      ['电池回收', 'battery recycling'],
      ['海上风电', 'offshore wind power'],
    ],
    objects: [
      ['新能源汽车动力电池', 'electric-vehicle traction batteries'],
      ['高比例新能源电网', 'power grids with a high share of renewables'],
      ['分布式光伏', 'distributed photovoltaics'],
      ['钠离子储能系统', 'sodium-ion storage systems'],
    ],
    methods: [
      ['数字孪生', 'digital twins'],
      ['健康状态估计', 'state-of-health estimation'],
      ['多时间尺度优化调度', 'multi-timescale optimal dispatch'],
      ['电化学阻抗谱', 'electrochemical impedance spectroscopy'],
    ],
    sector: ['新能源与新能源汽车产业', 'renewable energy and the electric-vehicle industry'],
  },
  {
    code: 'E05',
    name: ['机械与制造', 'Mechanical engineering and manufacturing'],
    keywords: [
      ['工业机器人', 'industrial robots'],
      ['增材制造', 'additive manufacturing'],
      ['智能制造', 'smart manufacturing'],
      ['故障诊断', 'fault diagnosis'],
      ['农业机械', 'agricultural machinery'],
      ['内燃机', 'internal combustion engines'],
    ],
    objects: [
      ['甘蔗收获机', 'sugarcane harvesters'],
      ['工程机械液压系统', 'hydraulic systems of construction machinery'],
      ['商用车动力总成', 'commercial-vehicle powertrains'],
      ['精密减速器', 'precision reducers'],
    ],
    methods: [
      ['多体动力学仿真', 'multibody dynamics simulation'],
      ['振动信号分析', 'vibration signal analysis'],
      ['拓扑优化', 'topology optimisation'],
      ['人机协作控制', 'human–robot collaborative control'],
    ],
    sector: ['装备制造业', 'equipment manufacturing'],
  },
  {
    code: 'H28',
    name: ['中医药与民族医药', 'Chinese and ethnic medicine'],
    keywords: [
      ['中药', 'traditional Chinese medicine'],
      ['壮瑶医药', 'Zhuang and Yao medicine'],
      ['天然产物', 'natural products'],
      ['网络药理学', 'network pharmacology'],
      ['质量标准', 'quality standards'],
      ['罗汉果', 'monk fruit'],
    ],
    objects: [
      ['广西道地药材', 'authentic medicinal herbs of Guangxi'],
      ['罗汉果甜苷', 'mogrosides of monk fruit'],
      ['瑶药浴方', 'Yao medicinal bath formulas'],
      ['肉桂挥发油', 'cinnamon essential oil'],
    ],
    methods: [
      ['代谢组学', 'metabolomics'],
      ['活性成分追踪分离', 'activity-guided isolation'],
      ['网络药理学与分子对接', 'network pharmacology and molecular docking'],
      ['指纹图谱', 'chromatographic fingerprinting'],
    ],
    sector: ['中医药壮瑶医药产业', 'the traditional and ethnic medicine industry'],
  },
  {
    code: 'E08',
    name: ['土木与交通', 'Civil and transport engineering'],
    keywords: [
      ['岩溶地基', 'karst foundations'],
      ['桥梁健康监测', 'bridge health monitoring'],
      ['智慧交通', 'intelligent transport'],
      ['高速公路', 'expressways'],
      ['装配式建筑', 'prefabricated buildings'],
      ['西部陆海新通道', 'New Western Land–Sea Corridor'],
    ],
    objects: [
      ['岩溶区高速公路路基', 'expressway subgrades in karst regions'],
      ['大跨径拱桥', 'long-span arch bridges'],
      ['平陆运河', 'the Pinglu Canal'],
      ['城市轨道交通', 'urban rail transit'],
    ],
    methods: [
      ['分布式光纤传感', 'distributed fibre-optic sensing'],
      ['数值反演', 'numerical back-analysis'],
      ['交通流预测', 'traffic-flow forecasting'],
      ['可靠度分析', 'reliability analysis'],
    ],
    sector: ['交通强区建设', 'transport infrastructure'],
  },
];

/** Title patterns; {object}, {method}, {aim} are filled from a field. */
export const TITLE_PATTERNS: readonly Pair[] = [
  ['基于{method}的{object}{aim}研究', '{Aim} of {object} based on {method}'],
  ['{object}{aim}的{method}研究', 'A {method} study of the {aim} of {object}'],
  ['面向{sector}的{object}{aim}', '{Aim} of {object} for {sector}'],
  ['{method}驱动的{object}{aim}', '{Method}-driven {aim} of {object}'],
];

export const AIMS: readonly Pair[] = [
  ['形成机制', 'formation mechanisms'],
  ['调控机制', 'regulatory mechanisms'],
  ['关键技术', 'key technologies'],
  ['性能优化', 'performance optimisation'],
  ['精准预测', 'accurate prediction'],
  ['演变规律', 'evolution patterns'],
  ['协同机理', 'synergistic mechanisms'],
];

/** Abstract sentences; the same placeholders, plus {kw1}, {kw2}, {method2}. */
export const ABSTRACT_SENTENCES: readonly Pair[] = [
  [
    '{object}是服务{sector}的重要研究方向，但其{aim}尚不清楚。',
    '{Object} matter for {sector}, yet their {aim} remain poorly understood.',
  ],
  [
    '本项目拟以{object}为研究对象，综合运用{method}与{method2}，系统揭示其{aim}。',
    'This project studies {object} by combining {method} with {method2} to reveal their {aim}.',
  ],
  [
    '申请人团队前期在{kw1}方向已有系统积累，建立了完善的研究平台。',
    'The team has a substantial record in {kw1} and a well-equipped research platform.',
  ],
  [
    '研究将重点突破{kw1}与{kw2}交叉中的关键科学问题，形成具有自主知识产权的成果。',
    'The work targets key questions where {kw1} meets {kw2} and aims at results with independent intellectual property.',
  ],
  [
    '预期成果可为{sector}提供理论依据和技术支撑。',
    'The expected results will give {sector} a scientific basis and technical support.',
  ],
];

export interface Institution {
  zh: string;
  en: string;
  domain: string;
  /** In Guangxi: applicants come from here; reviewers from here conflict with its applicants. */
  local: boolean;
}

export const INSTITUTIONS: readonly Institution[] = [
  { zh: '广西大学', en: 'Guangxi University', domain: 'gxu.edu.cn', local: true },
  { zh: '广西医科大学', en: 'Guangxi Medical University', domain: 'gxmu.edu.cn', local: true },
  {
    zh: '桂林电子科技大学',
    en: 'Guilin University of Electronic Technology',
    domain: 'guet.edu.cn',
    local: true,
  },
  { zh: '广西师范大学', en: 'Guangxi Normal University', domain: 'gxnu.edu.cn', local: true },
  { zh: '桂林理工大学', en: 'Guilin University of Technology', domain: 'glut.edu.cn', local: true },
  { zh: '广西民族大学', en: 'Guangxi Minzu University', domain: 'gxmzu.edu.cn', local: true },
  { zh: '南宁师范大学', en: 'Nanning Normal University', domain: 'nnnu.edu.cn', local: true },
  { zh: '北部湾大学', en: 'Beibu Gulf University', domain: 'bbgu.edu.cn', local: true },
  {
    zh: '广西中医药大学',
    en: 'Guangxi University of Chinese Medicine',
    domain: 'gxtcmu.edu.cn',
    local: true,
  },
  {
    zh: '广西科技大学',
    en: 'Guangxi University of Science and Technology',
    domain: 'gxust.edu.cn',
    local: true,
  },
  { zh: '广西科学院', en: 'Guangxi Academy of Sciences', domain: 'gxas.cn', local: true },
  { zh: '广西农业科学院', en: 'Guangxi Academy of Agricultural Sciences', domain: 'gxaas.net', local: true },
  { zh: '中国科学院广西植物研究所', en: 'Guangxi Institute of Botany, CAS', domain: 'gxib.cn', local: true },
  {
    zh: '右江民族医学院',
    en: 'Youjiang Medical University for Nationalities',
    domain: 'ymun.edu.cn',
    local: true,
  },
  { zh: '玉林师范学院', en: 'Yulin Normal University', domain: 'ylu.edu.cn', local: true },
  { zh: '中山大学', en: 'Sun Yat-sen University', domain: 'sysu.edu.cn', local: false },
  { zh: '华南理工大学', en: 'South China University of Technology', domain: 'scut.edu.cn', local: false },
  { zh: '浙江大学', en: 'Zhejiang University', domain: 'zju.edu.cn', local: false },
  { zh: '厦门大学', en: 'Xiamen University', domain: 'xmu.edu.cn', local: false },
  { zh: '武汉大学', en: 'Wuhan University', domain: 'whu.edu.cn', local: false },
  { zh: '四川大学', en: 'Sichuan University', domain: 'scu.edu.cn', local: false },
  { zh: '云南大学', en: 'Yunnan University', domain: 'ynu.edu.cn', local: false },
  {
    zh: '中国科学院大学',
    en: 'University of Chinese Academy of Sciences',
    domain: 'ucas.ac.cn',
    local: false,
  },
  { zh: '中国农业大学', en: 'China Agricultural University', domain: 'cau.edu.cn', local: false },
  { zh: '湖南大学', en: 'Hunan University', domain: 'hnu.edu.cn', local: false },
];

/** Reviewers invited from abroad (国(境)外专家): English names, English-language reviews. */
export const INTERNATIONAL_INSTITUTIONS: readonly { name: string; domain: string }[] = [
  { name: 'Lund University', domain: 'lu.se' },
  { name: 'University of Melbourne', domain: 'unimelb.edu.au' },
  { name: 'National University of Singapore', domain: 'nus.edu.sg' },
  { name: 'Université Grenoble Alpes', domain: 'univ-grenoble-alpes.fr' },
  { name: 'Kyoto University', domain: 'kyoto-u.ac.jp' },
  { name: 'Vietnam National University, Hanoi', domain: 'vnu.edu.vn' },
  { name: 'ETH Zurich', domain: 'ethz.ch' },
  { name: 'University of Helsinki', domain: 'helsinki.fi' },
  { name: 'Chulalongkorn University', domain: 'chula.ac.th' },
  { name: 'University of Toronto', domain: 'utoronto.ca' },
];
export const INTERNATIONAL_FIRST_NAMES: readonly string[] = [
  'Anna',
  'David',
  'Priya',
  'Tomás',
  'Sophie',
  'Kenji',
  'Lan',
  'Martin',
  'Elena',
  'Somchai',
  'James',
  'Maria',
];
export const INTERNATIONAL_LAST_NAMES: readonly string[] = [
  'Lindqvist',
  'Okafor',
  'Raman',
  'Herrera',
  'Lambert',
  'Watanabe',
  'Nguyen',
  'Keller',
  'Petrova',
  'Prasert',
  'Becker',
  'Haddad',
];

/** Surnames common in Guangxi (including Zhuang surnames 韦, 覃, 蒙, 莫, 陆) with pinyin. */
export const SURNAMES: readonly Pair[] = [
  ['张', 'Zhang'],
  ['王', 'Wang'],
  ['李', 'Li'],
  ['刘', 'Liu'],
  ['陈', 'Chen'],
  ['黄', 'Huang'],
  ['梁', 'Liang'],
  ['林', 'Lin'],
  ['周', 'Zhou'],
  ['吴', 'Wu'],
  ['韦', 'Wei'],
  ['覃', 'Qin'],
  ['蒙', 'Meng'],
  ['莫', 'Mo'],
  ['陆', 'Lu'],
  ['罗', 'Luo'],
  ['谢', 'Xie'],
  ['唐', 'Tang'],
  ['邓', 'Deng'],
  ['蓝', 'Lan'],
];

/** Given names are one syllable, or two drawn from these pools, e.g. 海 + 燕 = 海燕 (Haiyan). */
export const GIVEN_FIRST: readonly Pair[] = [
  ['建', 'Jian'],
  ['志', 'Zhi'],
  ['晓', 'Xiao'],
  ['海', 'Hai'],
  ['文', 'Wen'],
  ['春', 'Chun'],
  ['国', 'Guo'],
  ['丽', 'Li'],
  ['秀', 'Xiu'],
  ['明', 'Ming'],
  ['立', 'Li'],
  ['振', 'Zhen'],
  ['思', 'Si'],
  ['佳', 'Jia'],
  ['雪', 'Xue'],
  ['桂', 'Gui'],
  ['永', 'Yong'],
  ['德', 'De'],
];

export const GIVEN_SECOND: readonly Pair[] = [
  ['华', 'hua'],
  ['强', 'qiang'],
  ['东', 'dong'],
  ['燕', 'yan'],
  ['博', 'bo'],
  ['生', 'sheng'],
  ['平', 'ping'],
  ['娟', 'juan'],
  ['英', 'ying'],
  ['辉', 'hui'],
  ['新', 'xin'],
  ['宇', 'yu'],
  ['远', 'yuan'],
  ['梅', 'mei'],
  ['兰', 'lan'],
  ['军', 'jun'],
  ['林', 'lin'],
  ['涛', 'tao'],
];

export const GIVEN_SINGLE: readonly Pair[] = [
  ['伟', 'Wei'],
  ['芳', 'Fang'],
  ['静', 'Jing'],
  ['敏', 'Min'],
  ['勇', 'Yong'],
  ['婷', 'Ting'],
  ['磊', 'Lei'],
  ['洁', 'Jie'],
];

export interface ChallengeTopic {
  title: Pair;
  description: string;
  /** Index into FIELDS. */
  field: number;
  awards: number;
}

export const CHALLENGES: readonly ChallengeTopic[] = [
  {
    title: [
      '甘蔗全程机械化收获关键技术与装备',
      'Key technologies and machines for fully mechanised sugarcane harvesting',
    ],
    description: '揭榜指标：整机含杂率 ≤ 7%，损失率 ≤ 5%，适应 15° 以下坡地作业。',
    field: 7,
    awards: 1,
  },
  {
    title: [
      '北部湾近岸海域赤潮智能预警系统',
      'Intelligent early warning of harmful algal blooms in the Beibu Gulf',
    ],
    description: '揭榜指标：提前 72 小时预警，准确率 ≥ 85%，覆盖钦州湾、廉州湾等重点海域。',
    field: 5,
    awards: 2,
  },
  {
    title: [
      '退役动力电池梯次利用与高值回收',
      'Second-life use and high-value recycling of retired traction batteries',
    ],
    description: '揭榜指标：锂回收率 ≥ 90%，梯次利用储能系统循环寿命 ≥ 3000 次。',
    field: 6,
    awards: 1,
  },
  {
    title: [
      '喀斯特石漠化区生态修复与固碳增汇',
      'Ecological restoration and carbon sequestration in karst rocky-desertification areas',
    ],
    description: '揭榜指标：示范区植被覆盖度提高 15 个百分点，形成可推广的技术规程。',
    field: 1,
    awards: 1,
  },
  {
    title: [
      '鼻咽癌早筛早诊新技术及规模化应用',
      'New early-screening technology for nasopharyngeal carcinoma and its use at scale',
    ],
    description: '揭榜指标：筛查灵敏度 ≥ 95%，特异度 ≥ 98%，完成 10 万人规模人群验证。',
    field: 3,
    awards: 2,
  },
];

/** Work packages of a lump-sum budget (包干制): names only, no cost categories. */
export const WORK_PACKAGES: readonly Pair[] = [
  ['WP1 基础研究', 'WP1 Fundamental research'],
  ['WP2 关键技术攻关', 'WP2 Key technology development'],
  ['WP3 验证与示范', 'WP3 Validation and demonstration'],
  ['WP4 人才培养与交流', 'WP4 Training and exchange'],
];
