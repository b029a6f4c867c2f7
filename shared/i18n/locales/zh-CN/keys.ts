import type en from '../en/keys';

export default {
  errors: {
    locked: '本工作区的私钥受保护（{{protection}}），本次会话尚未解锁。',
    unreadable: '无法解锁本工作区的私钥：它与对应的公钥不符。工作区可能已损坏，请从备份恢复。',
    passphraseRequired:
      '本机没有可用于保护机构密钥的系统密钥库。请先为本工作区设置（或解锁）机构口令，再生成密钥。',
    wrongPassphrase: '机构口令不正确，未解锁任何密钥。',
    reviewerPassphraseRequired:
      '本机没有可用于保护评审密钥的系统密钥库。请设置一个您自己的口令（至少 {{min}} 个字符）：密钥从生成起即受其保护。',
    noPassphrase: '本工作区尚未设置机构口令。',
    passphraseTooShort: '机构口令至少需要 {{min}} 个字符。',
  },
  cli: {
    demoPassphrase: '演示工作区的机构口令：{{passphrase}}（所有演示相同：演示数据不涉密）。',
    howToUnlock:
      '请通过环境变量 PEERDESK_OFFICE_PASSPHRASE 提供机构口令，或用 --passphrase-file 文件 从文件读取（切勿写在命令行上）。首次提供时，它将成为本工作区的机构口令。',
    howToChooseReviewer:
      '请通过环境变量 PEERDESK_REVIEWER_PASSPHRASE 提供您的评审口令（切勿写在命令行上）；签名和导出评审意见时请以同样方式再次提供。',
    passphraseFileUnreadable: '无法读取口令文件 {{path}}。',
  },
  prompt: {
    unlockTitle: '解锁机构密钥',
    unlockHint: '输入一次机构口令即可；关闭本工作区前一直保持解锁。',
    setTitle: '设置机构口令',
    setHint:
      '本机没有系统密钥库，机构密钥将由口令保护。请设置至少 {{min}} 个字符的口令并妥善保管：遗失口令将无法使用这些密钥。',
    chooseTitle: '设置您的评审口令',
    chooseHint:
      '本机没有系统密钥库，用于签名评审意见的密钥将由您自己的口令保护（不是任务包口令）。请设置至少 {{min}} 个字符的口令并妥善保管：导出评审意见时需要再次输入。',
    reviewerPassphrase: '评审口令',
    choose: '保护我的密钥',
    passphrase: '机构口令',
    confirm: '再次输入口令',
    mismatch: '两次输入的口令不一致。',
    unlock: '解锁',
    set: '设置口令',
    cancel: '取消',
    working: '正在生成密钥…',
  },
} satisfies typeof en;
