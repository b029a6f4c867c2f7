import type en from '../en/cli';

export default {
  help: 'Peerdesk 评审台 —— 离线评审科研项目申请书。\n用法：peerdesk <命令> [选项] [--json] [--lang zh-CN|en]',
  helpFooter: '退出码：0 完成，1 输入被拒绝，2 用法错误。“peerdesk <命令> --help”显示该命令的选项。',
  unknownCommand: '未知命令：{{command}}',
  workspaceSummary: '{{name}}（{{role}} 工作区），位于 {{path}}',
  commands: {
    workspaceCreate: '新建工作区文件（项目管理端或评审专家端）。',
    workspaceInfo: '显示工作区文件的信息。',
    audit: '列出工作区的审计日志。',
    serve: '在 127.0.0.1 上启动浏览器界面并打印其地址。',
  },
} satisfies typeof en;
