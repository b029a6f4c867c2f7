export default {
  errors: {
    locked:
      'The private keys of this workspace are protected ({{protection}}) and are not unlocked in this session.',
    unreadable:
      'A private key of this workspace could not be unlocked: it does not match its public key. The workspace may be damaged; restore it from a backup.',
    passphraseRequired:
      'This computer has no key store to protect the office keys. Set the office passphrase for this workspace (or unlock it) before keys are made.',
    wrongPassphrase: 'That is not the office passphrase of this workspace. Nothing was unlocked.',
    reviewerPassphraseRequired:
      'This computer has no key store to protect your reviewer key. Choose a passphrase of your own (at least {{min}} characters): your key is protected by it from the moment it is made.',
    noPassphrase: 'No office passphrase has been set for this workspace yet.',
    passphraseTooShort: 'The office passphrase must have at least {{min}} characters.',
  },
  cli: {
    demoPassphrase:
      'Office passphrase of the demo workspace: {{passphrase}} (fixed for every demo: demo data is not confidential).',
    howToUnlock:
      'Give the office passphrase in the environment variable PEERDESK_OFFICE_PASSPHRASE, or in a file with --passphrase-file FILE (never on the command line). The first time, it becomes the passphrase of the workspace.',
    howToChooseReviewer:
      'Give your reviewer passphrase in the environment variable PEERDESK_REVIEWER_PASSPHRASE (never on the command line); give it again the same way to sign and export reviews.',
    passphraseFileUnreadable: 'Cannot read the passphrase file {{path}}.',
  },
  prompt: {
    unlockTitle: 'Unlock the office keys',
    unlockHint: 'Enter the office passphrase once; it stays unlocked until this workspace is closed.',
    setTitle: 'Set the office passphrase',
    setHint:
      'This computer has no key store, so the office keys are protected by a passphrase. Choose one with at least {{min}} characters and keep it safe: without it the keys cannot be used.',
    chooseTitle: 'Choose your reviewer passphrase',
    chooseHint:
      'This computer has no key store, so the key that signs your reviews is protected by a passphrase of your own, not the package passphrase. Choose one with at least {{min}} characters and keep it safe: you enter it again to export reviews.',
    reviewerPassphrase: 'Reviewer passphrase',
    choose: 'Protect my key',
    passphrase: 'Office passphrase',
    confirm: 'Repeat the passphrase',
    mismatch: 'The two passphrases differ.',
    unlock: 'Unlock',
    set: 'Set passphrase',
    cancel: 'Cancel',
    working: 'Deriving the key…',
  },
};
