export default {
  errors: {
    locked:
      'The private keys of this workspace are protected ({{protection}}) and are not unlocked in this session.',
    unreadable:
      'A private key of this workspace could not be unlocked: it does not match its public key. The workspace may be damaged; restore it from a backup.',
  },
};
