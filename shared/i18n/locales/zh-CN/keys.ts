import type en from '../en/keys';

export default {
  errors: {
    locked: '本工作区的私钥受保护（{{protection}}），本次会话尚未解锁。',
    unreadable: '无法解锁本工作区的私钥：它与对应的公钥不符。工作区可能已损坏，请从备份恢复。',
  },
} satisfies typeof en;
