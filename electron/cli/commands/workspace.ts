import type { WorkspaceInfo } from '../../../shared/domain/workspace';
import { translate } from '../../../shared/i18n/translate';
import { inWorkspace, requireString, defineCommand, type CliCommand } from '../command';

const describeWorkspace = (info: WorkspaceInfo, language: 'zh-CN' | 'en'): string =>
  translate(language, 'cli.workspaceSummary', { name: info.name, role: info.role, path: info.path });

export const workspaceCommands: CliCommand[] = [
  defineCommand({
    path: ['workspace', 'create'],
    summary: 'cli.commands.workspaceCreate',
    usage: '--workspace FILE --role office|reviewer --name NAME',
    options: { workspace: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
    run: (input) =>
      input.invoke('workspace.create', {
        path: requireString(input.values, 'workspace'),
        role: requireString(input.values, 'role') as 'office',
        name: requireString(input.values, 'name'),
      }),
    human: describeWorkspace,
  }),
  defineCommand({
    path: ['workspace', 'info'],
    summary: 'cli.commands.workspaceInfo',
    usage: '--workspace FILE',
    options: { workspace: { type: 'string' } },
    run: (input) => input.invoke('workspace.open', { path: requireString(input.values, 'workspace') }),
    human: describeWorkspace,
  }),
  defineCommand({
    path: ['audit'],
    summary: 'cli.commands.audit',
    usage: '--workspace FILE [--limit N]',
    options: { workspace: { type: 'string' }, limit: { type: 'string' } },
    run: (input) =>
      inWorkspace(input, () =>
        input.invoke('audit.list', { limit: input.values.limit ? Number(input.values.limit) : 100 }),
      ),
    human: (entries: { at: string; action: string; subject: string }[]) =>
      entries.map((entry) => `${entry.at}  ${entry.action}  ${entry.subject}`).join('\n'),
  }),
];
