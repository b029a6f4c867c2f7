/**
 * The office passphrase of every demo workspace (`peerdesk demo`). Demo data is generated, not
 * confidential, so its passphrase is fixed, documented (docs/security.md) and printed by the demo:
 * anyone can reopen a demo office from the CLI or the browser shell.
 */
export const DEMO_OFFICE_PASSPHRASE = 'peerdesk demo office';
