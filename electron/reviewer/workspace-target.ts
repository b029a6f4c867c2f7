import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { translate } from '../../shared/i18n/translate';
import type { HandlerContext } from '../core/context';
import type { OpenWorkspace } from '../core/session';
import { sha256Hex } from '../crypto/hash';
import { fileNameSlug } from './file-name';

export interface PackageWorkspace {
  workspace: OpenWorkspace;
  /** True when this package made the workspace: it is removed again if the import fails. */
  created: boolean;
}

/** Where a reviewer's workspace lives by default: one file per reviewer in the app's folder. */
export function defaultReviewerWorkspacePath(
  dataDir: string,
  reviewerId: string,
  reviewerName: string,
): string {
  const slug = fileNameSlug(reviewerName, 'reviewer');
  return path.join(
    dataDir,
    'workspaces',
    `reviewer-${slug}-${sha256Hex(reviewerId).slice(0, 8)}.peerdesk.sqlite`,
  );
}

/**
 * The reviewer workspace a package goes into: `workspacePath` if given (created there if missing),
 * else the open workspace, else the reviewer's default workspace (created on the first package).
 * Whatever is chosen must be a reviewer workspace.
 */
export function workspaceForPackage(
  context: HandlerContext,
  pkg: { content: { reviewer: { id: string; name: string } } },
  workspacePath: string | undefined,
): PackageWorkspace {
  const { session, services } = context;
  const reviewer = pkg.content.reviewer;
  const current = session.workspace;
  const file = workspacePath
    ? path.resolve(workspacePath)
    : current
      ? current.info.path
      : defaultReviewerWorkspacePath(services.dataDir, reviewer.id, reviewer.name);
  if (current?.info.path === file) return { workspace: session.require('reviewer'), created: false };
  if (existsSync(file)) {
    session.open(file);
    return { workspace: session.require('reviewer'), created: false };
  }
  const name = translate(context.language, 'reviewer.workspaceName', { name: reviewer.name || reviewer.id });
  return { workspace: session.create({ name, role: 'reviewer', path: file }), created: true };
}

/** Undoes a workspace this package created when its import was refused. */
export function discardCreatedWorkspace(context: HandlerContext, target: PackageWorkspace): void {
  if (!target.created) return;
  const file = target.workspace.info.path;
  context.session.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}
