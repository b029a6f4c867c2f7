import type en from '../en/common';

export default {
  appName: 'Peerdesk 评审台',
} satisfies typeof en;
