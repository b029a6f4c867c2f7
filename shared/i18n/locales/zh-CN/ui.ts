import type en from '../en/ui';

export default {
  loading: '加载中…',
  language: '语言',
  dismiss: '关闭',
  field: { counter: '{{length}} / {{max}}' },
  screenFailed: {
    title: '此页面出现故障，无法显示。',
    hint: '数据未受影响。请重试，或从左侧菜单进入其他页面。',
    log: '详细信息已写入日志：{{path}}',
    details: '技术细节',
    retry: '重试',
  },
  cancel: '取消',
  save: '保存',
  roles: { office: '项目管理端', reviewer: '评审专家' },
  about: {
    title: '关于 Peerdesk',
    version: '版本 {{version}}',
    log: '日志文件（报告问题时请一并发送）：',
  },
  nav: {
    label: '主导航',
    overview: '概览',
    audit: '审计日志',
    closeWorkspace: '关闭工作区',
  },
  welcome: {
    tagline: '离线评审科研项目申请书：打分、回传签名结果包、合并、公平排序、决策。',
    createOffice: '新建项目管理工作区',
    createOfficeHint: '设置项目指南与评审指标，导入申请书，分配评审专家，合并评审意见。',
    workspaceName: '工作区名称',
    workspaceNamePlaceholder: '例如：2026 年度自然科学基金',
    create: '新建工作区',
    openWorkspace: '打开工作区',
    openWorkspaceHint: '继续使用本机上的项目管理或评审专家工作区。',
    recent: '最近使用',
    workspacePath: '工作区文件',
    open: '打开',
  },
  overview: {
    role: '角色',
    file: '文件',
    created: '创建时间',
    schema: '数据结构版本',
    next: {
      office: '下一步：设置项目指南与评审指标，然后导入申请书和评审专家。',
      reviewer: '下一步：打开项目管理部门发来的评审任务包。',
    },
  },
  audit: { at: '时间', action: '操作', subject: '对象', empty: '尚无记录。' },
} satisfies typeof en;
