export default {
  transport: 'Peerdesk could not reach its back end: {{detail}}',
  internal: 'Something went wrong inside Peerdesk: {{detail}}. Details are in the log file {{log}}.',
  invalidRequest: 'The request was not valid: {{detail}}',
  invalidResponse:
    'Peerdesk’s back end answered “{{channel}}” with something this window cannot read: {{detail}}',
  unknownChannel: 'Unknown operation “{{channel}}”.',
  cancelled: 'The operation was cancelled; nothing was changed.',
  noWorkspace: 'No workspace is open. Create or open one first.',
  wrongWorkspaceRole: 'This needs a {{expected}} workspace, but the open one is a {{actual}} workspace.',
  workspaceNotFound: 'There is no workspace at {{path}}.',
  workspaceUnreadable: '{{path}} could not be opened as a Peerdesk workspace: {{detail}}',
  workspaceTooNew:
    'This workspace was written by a newer Peerdesk (schema {{found}}; this version reads up to {{supported}}). Update Peerdesk to open it.',
  workspaceExists: 'A workspace already exists at {{path}}.',
  notAWorkspace: '{{path}} is a database but not a Peerdesk workspace.',
  fileExists: 'A file already exists at {{path}}; choose another name.',
  foreignFile: '{{path}} is not a Peerdesk workspace. Peerdesk did not open it and left it unchanged.',
  workspaceDamaged:
    '{{path}} is damaged (its integrity check failed), so Peerdesk will not write to it. Open your latest backup instead: {{backup}}',
  workspaceDamagedNoBackup:
    '{{path}} is damaged (its integrity check failed), so Peerdesk will not write to it. No backup is recorded in it; open the most recent backup copy you made instead.',
  workspaceReadOnly:
    'The workspace file cannot be written (it or its folder is read-only), so nothing was saved. Copy it to a folder you can write to, or ask your IT support to allow changes.',
  diskFull: 'The disk is full, so nothing was saved. Free some space and try again.',
  workspaceLocked:
    'Another program is using this workspace, so nothing was saved. Close the other Peerdesk window or program and try again.',
  portInUse: 'Port {{port}} is already in use by another program. Choose another port with --port.',
  requestTooLarge:
    'The request is larger than the browser shell accepts ({{limitMb}} MB). Send fewer files at once, or import them from a folder with the desktop app or the command line.',
};
