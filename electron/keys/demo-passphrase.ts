/**
 * The office passphrase of every demo workspace (`peerdesk demo`). Demo data is generated, not
 * confidential, so its passphrase is fixed, documented (docs/security.md) and printed by the demo:
 * anyone can reopen a demo office from the CLI or the browser shell.
 */
export const DEMO_OFFICE_PASSPHRASE = 'peerdesk demo office';

/**
 * The passphrase of every simulated reviewer's workspace in the demo, on a door that requires key
 * protection (docs/security.md): their identity keys are sealed under it from the start.
 */
export const DEMO_REVIEWER_PASSPHRASE = 'peerdesk demo reviewer';
