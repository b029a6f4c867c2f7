export default {
  transport: 'Peerdesk could not reach its back end: {{detail}}',
  internal: 'Something went wrong inside Peerdesk: {{detail}}',
  invalidRequest: 'The request was not valid: {{detail}}',
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
  requestTooLarge:
    'The request is larger than the browser shell accepts ({{limitMb}} MB). Send fewer files at once, or import them from a folder with the desktop app or the command line.',
};
