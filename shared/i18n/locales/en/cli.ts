export default {
  help: 'Peerdesk — offline review of grant applications.\nUsage: peerdesk <command> [options] [--json] [--lang zh-CN|en]',
  helpFooter:
    'Exit codes: 0 done, 1 input refused, 2 usage error. “peerdesk <command> --help” shows a command’s options.',
  unknownCommand: 'Unknown command: {{command}}',
  workspaceSummary: '{{name}} ({{role}} workspace) at {{path}}',
  commands: {
    workspaceCreate: 'Create a workspace file (office or reviewer).',
    workspaceInfo: 'Show what a workspace file is.',
    audit: 'List the audit log of a workspace.',
    serve: 'Start the browser shell on 127.0.0.1 and print its URL.',
  },
};
