import type en from '../en/errors';

export default {
  transport: 'Peerdesk 无法连接后台：{{detail}}',
  internal: 'Peerdesk 内部出错：{{detail}}。详细信息见日志文件 {{log}}。',
  invalidRequest: '请求无效：{{detail}}',
  invalidResponse: 'Peerdesk 后台对“{{channel}}”的应答无法读取：{{detail}}',
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
  foreignFile: '{{path}} 不是 Peerdesk 工作区。Peerdesk 未打开该文件，文件保持原样。',
  workspaceDamaged:
    '{{path}} 已损坏（完整性检查未通过），Peerdesk 不会再向其写入。请改为打开最近的备份：{{backup}}',
  workspaceDamagedNoBackup:
    '{{path}} 已损坏（完整性检查未通过），Peerdesk 不会再向其写入。工作区中没有备份记录，请改为打开您最近保存的备份副本。',
  workspaceReadOnly:
    '工作区文件无法写入（文件或所在文件夹为只读），未保存任何内容。请将其复制到可写的文件夹，或请信息技术人员开放写入权限。',
  diskFull: '磁盘空间已满，未保存任何内容。请清理出空间后重试。',
  workspaceLocked: '另一个程序正在使用此工作区，未保存任何内容。请关闭另一个 Peerdesk 窗口或程序后重试。',
  portInUse: '端口 {{port}} 已被其他程序占用，请用 --port 指定其他端口。',
  requestTooLarge:
    '请求超过了浏览器版可接收的大小（{{limitMb}} MB）。请分批少量提交文件，或在桌面版或命令行中从文件夹导入。',
} satisfies typeof en;
