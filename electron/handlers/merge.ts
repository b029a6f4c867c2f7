import { listMergedBundles } from '../../db/repositories/merge';
import type { HandlerContext } from '../core/context';
import type { HandlerMap } from '../core/registry';
import { expandBundlePaths } from '../merge/expand-paths';
import { runMerge, type MergeInput } from '../merge/merge-run';

const countsOf = (report: Record<string, unknown>) => {
  const count = (key: string) => (typeof report[key] === 'number' ? (report[key] as number) : 0);
  return {
    new: count('new'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    conflicting: count('conflicting'),
    recusals: count('recusals'),
  };
};

async function merge(inputs: MergeInput[], context: HandlerContext) {
  const workspace = context.session.hold('office');
  try {
    return await runMerge(inputs, {
      db: workspace.db,
      services: context.services,
      language: context.language,
      signal: context.signal,
      workspaceClosed: workspace.closed,
      progress: context.progress,
    });
  } finally {
    workspace.release();
  }
}

export const mergeHandlers: HandlerMap = {
  'merge.importBundles': (request, context) =>
    merge(
      request.files.map((file) => ({ name: file.name, source: file.bytes })),
      context,
    ),
  'merge.importFiles': (request, context) => {
    context.session.require('office');
    return merge(
      expandBundlePaths(request.paths).map((file) => ({ name: file, source: file })),
      context,
    );
  },
  'merge.log': (request, { session }) =>
    listMergedBundles(session.require('office').db, request.limit).map((entry) => ({
      digest: entry.digest,
      fileName: entry.fileName,
      callId: entry.callId,
      reviewer: entry.senderId ? { id: entry.senderId, name: entry.reviewerName ?? entry.senderId } : null,
      importedAt: entry.importedAt,
      ...countsOf(entry.report),
    })),
};
