import type en from '../en/errors';

export default {
  transport: 'Peerdesk 无法连接后台：{{detail}}',
  internal: 'Peerdesk 内部出错：{{detail}}',
  invalidRequest: '请求无效：{{detail}}',
  unknownChannel: '未知操作“{{channel}}”。',
  cancelled: '操作已取消，未做任何更改。',
  noWorkspace: '尚未打开工作区，请先新建或打开一个工作区。',
  wrongWorkspaceRole: '此操作需要{{expected}}工作区，但当前打开的是{{actual}}工作区。',
  workspaceNotFound: '{{path}} 处没有工作区。',
  workspaceUnreadable: '无法将 {{path}} 作为 Peerdesk 工作区打开：{{detail}}',
  workspaceTooNew:
    '此工作区由更新版本的 Peerdesk 创建（结构版本 {{found}}，本版本最高支持 {{supported}}）。请升级 Peerdesk 后再打开。',
  workspaceExists: '{{path}} 处已存在工作区。',
  notAWorkspace: '{{path}} 是数据库文件，但不是 Peerdesk 工作区。',
  fileExists: '{{path}} 已存在文件，请换一个名称。',
  requestTooLarge:
    '请求超过了浏览器版可接收的大小（{{limitMb}} MB）。请分批少量提交文件，或在桌面版或命令行中从文件夹导入。',
} satisfies typeof en;
