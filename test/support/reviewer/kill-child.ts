/**
 * The process the kill test shoots: it opens a reviewer workspace and autosaves through the real
 * `reviewer.saveDraft` handler in a loop (request and response checked against the contract, as the
 * dispatcher does), printing `ack <application> <sequence>` only after a save was acknowledged:
 * the handler returned, so SQLite committed. Stdout to a pipe is synchronous on POSIX, so a printed
 * ack has left the process before the next save starts.
 *
 * It composes only the reviewer handlers, so it starts fast and does not depend on other areas.
 *
 *   node kill-child.mjs <workspace> <data dir> <first sequence> <application>...
 */
import { randomBytes } from 'node:crypto';
import { reviewerChannels } from '../../../shared/contract/reviewer';
import type { HandlerContext, Services } from '../../../electron/core/context';
import { Session } from '../../../electron/core/session';
import { reviewerHandlers } from '../../../electron/handlers/reviewer';
import { fileLog, logDir } from '../../../electron/core/log';

async function main(): Promise<void> {
  const [workspace, dataDir, first, ...applications] = process.argv.slice(2);
  const save = reviewerHandlers['reviewer.saveDraft'];
  if (!workspace || !dataDir || !first || applications.length === 0 || !save) {
    throw new Error('usage: kill-child <workspace> <data dir> <first sequence> <application>...');
  }
  const services: Services = {
    now: () => new Date(),
    randomBytes: (length) => new Uint8Array(randomBytes(length)),
    dataDir,
    log: fileLog(logDir(dataDir)),
    appVersion: 'kill-test',
    door: 'cli',
    systemLanguage: 'en',
  };
  const session = new Session(services);
  session.open(workspace);
  const context: HandlerContext = {
    services,
    session,
    language: 'en',
    progress: () => undefined,
    signal: new AbortController().signal,
  };
  const channel = reviewerChannels['reviewer.saveDraft'];
  for (let sequence = Number(first); ; sequence += 1) {
    const application = applications[sequence % applications.length] as string;
    const request = channel.request.parse({
      applicationId: application,
      draft: { scores: { significance: (sequence % 4) + 1 }, comments: { confidential: `save ${sequence}` } },
    });
    channel.response.parse(await save(request, context));
    process.stdout.write(`ack ${application} ${sequence}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
