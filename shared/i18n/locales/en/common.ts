export default {
  appName: 'Peerdesk',
};
