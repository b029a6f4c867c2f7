import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DemoResult } from '../../shared/contract/demo';
import type { Progress } from '../../shared/contract/progress';
import type { ImportReport } from '../../shared/domain/import-report';
import { AppError, isAppError } from '../../shared/errors';
import { translate } from '../../shared/i18n/translate';
import type { AppFactory } from '../core/app-factory';
import { callThrough } from '../core/call';
import type { HandlerContext } from '../core/context';
import { DEMO_OFFICE_PASSPHRASE } from '../keys/demo-passphrase';
import { passphraseRow, writePassphraseList } from '../packages/passphrase-file';
import { simulateReviewers } from '../reviewer/simulate';
import { runPanelStage } from './simulate-panel';
import { DEMO_START, demoServices, steppingClock } from './demo-services';
import { generateDemoData, type DemoOptions } from './generate';
import { writeApplicationPdfs, writeApplicationSheet, writeReviewerSheet } from './write-sources';

export interface DemoRequest extends DemoOptions {
  outDir: string;
  simulate: boolean;
  /** With `simulate`: the panel stage too (simulate-panel.ts). */
  panel?: boolean;
}

/** What the demo creates inside DIR; on failure exactly these are removed again. */
const CREATED = [
  'office.sqlite',
  'office.sqlite-wal',
  'office.sqlite-shm',
  'source',
  'packages',
  'passphrases.csv',
  'bundles',
  'panel-packages',
  'panel-packages-passphrases',
  'ballots',
];

/**
 * `peerdesk demo`: generates the data (generate.ts), writes the source files an officer would get,
 * and then does what an officer does, through the same handlers as the screens: create the
 * workspace and the calls, import applications with their PDFs and the reviewers, detect and add
 * conflicts, auto-assign, issue packages. DIR must be empty; if anything fails or is cancelled,
 * what the demo wrote is removed and the error names the step.
 *
 * Reproducible: the office works in an app of its own (`createApp`) whose bytes come from the seed
 * and whose clock starts at DEMO_START, and so do the simulated reviewers. One seed gives the same
 * ids, documents, assignments and scores on any day. At the end the caller's session opens the
 * office workspace, as if the officer had built it there.
 */
export async function runDemo(
  request: DemoRequest,
  ctx: HandlerContext,
  createApp: AppFactory,
): Promise<DemoResult> {
  const outDir = path.resolve(request.outDir);
  if (existsSync(outDir) && (!statSync(outDir).isDirectory() || readdirSync(outDir).length > 0)) {
    throw new AppError('assignment.errors.demoExists', { path: outDir });
  }
  const clock = steppingClock(DEMO_START);
  const office = createApp(demoServices(ctx.services, request.seed, 'office', clock));
  const invoke = callThrough(office, { language: ctx.language, signal: ctx.signal });
  const timings: Record<string, number> = {};
  const started = performance.now();
  let step = 'generate';
  const timed = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    step = name;
    if (ctx.signal.aborted) throw new AppError('errors.cancelled');
    const start = performance.now();
    const value = await work();
    timings[name] = Math.round(performance.now() - start);
    return value;
  };
  const report = (label: string) => (progress: Progress) => ctx.progress({ ...progress, label });
  // The simulated reviewers' workspaces, kept for the panel stage and removed at the end.
  const workDirs: string[] = [];
  const reviewerWorkDir = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'peerdesk-demo-reviewers-'));
    workDirs.push(dir);
    return dir;
  };
  const cleanWorkDirs = () => {
    for (const dir of workDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  };

  try {
    const data = await timed('generate', () => generateDemoData(request));
    const sourceDir = path.join(outDir, 'source');
    const applicationTotal = data.calls.reduce((sum, call) => sum + call.applications.length, 0);
    const sources = await timed('documents', async () => {
      let done = 0;
      const label = 'assignment.progress.demo.documents';
      const written = [];
      for (const call of data.calls) {
        const files = writeApplicationSheet(sourceDir, call);
        await writeApplicationPdfs(call, files.attachments, clock(), async () => {
          done += 1;
          if (done % 25 === 0 || done === applicationTotal) {
            ctx.progress({ done, total: applicationTotal, label });
            await new Promise((resolve) => setImmediate(resolve));
            if (ctx.signal.aborted) throw new AppError('errors.cancelled');
          }
        });
        written.push(files);
      }
      return { calls: written, reviewers: writeReviewerSheet(sourceDir, data.reviewers) };
    });

    const officePath = path.join(outDir, 'office.sqlite');
    await timed('workspace', async () => {
      await invoke('workspace.create', {
        name: translate(ctx.language, 'assignment.demo.workspaceName'),
        role: 'office',
        path: officePath,
      });
      await invoke('keys.setPassphrase', { passphrase: DEMO_OFFICE_PASSPHRASE });
    });
    const callIds = await timed('calls', async () => {
      ctx.progress({ done: 0, total: data.calls.length, label: 'assignment.progress.demo.calls' });
      const ids: string[] = [];
      for (const call of data.calls) {
        const created = await invoke('calls.create', {
          template: call.template,
          code: call.code,
          title: call.title,
          opensAt: call.opensAt,
          closesAt: call.closesAt,
          reviewDueAt: call.reviewDueAt,
          budgetEnvelope: call.budgetEnvelope,
          reviewersPerApplication: request.perApplication,
          challenges: call.challenges,
        });
        ids.push(created.id);
      }
      return ids;
    });
    await timed('import', async () => {
      for (const [index, call] of data.calls.entries()) {
        const files = sources.calls[index] as (typeof sources.calls)[number];
        const imported = await invoke(
          'applications.import',
          {
            callId: callIds[index] as string,
            file: { path: files.sheet },
            attachments: { folder: files.attachments },
          },
          report('assignment.progress.demo.importing'),
        );
        requireCommitted(imported, call.code);
      }
    });
    await timed('reviewers', async () => {
      const imported = await invoke(
        'reviewers.import',
        { file: { path: sources.reviewers } },
        report('assignment.progress.demo.reviewers'),
      );
      requireCommitted(imported, 'reviewers.csv');
    });
    const conflicts = await timed('conflicts', async () => {
      ctx.progress({ done: 0, total: data.calls.length, label: 'assignment.progress.demo.conflicts' });
      const reviewers = await invoke('reviewers.list', {});
      const reviewerByEmail = new Map(
        reviewers.map((reviewer) => [reviewer.email.toLowerCase(), reviewer.id]),
      );
      let total = 0;
      for (const [index, call] of data.calls.entries()) {
        const callId = callIds[index] as string;
        const listed = await invoke('applications.list', { callId });
        const applicationByRef = new Map(listed.rows.map((row) => [row.referenceNo, row.id]));
        for (const manual of data.manualConflicts.filter((conflict) => conflict.callCode === call.code)) {
          const applicationId = applicationByRef.get(manual.referenceNo);
          const reviewerId = reviewerByEmail.get(manual.reviewerEmail.toLowerCase());
          if (applicationId && reviewerId) {
            await invoke('conflicts.add', { callId, applicationId, reviewerId, reason: manual.reason });
          }
        }
        total += (await invoke('conflicts.detect', { callId })).total;
        ctx.progress({
          done: index + 1,
          total: data.calls.length,
          label: 'assignment.progress.demo.conflicts',
        });
      }
      return total;
    });
    const assigned = await timed('assign', async () => {
      const results = [];
      for (const callId of callIds) {
        results.push(
          await invoke('assignments.auto', { callId }, report('assignment.progress.demo.assigning')),
        );
      }
      return results;
    });
    const packagesDir = path.join(outDir, 'packages');
    const issued = await timed('packages', async () => {
      const results = [];
      for (const callId of callIds) {
        results.push(
          await invoke(
            'packages.export',
            { callId, outDir: packagesDir },
            report('assignment.progress.demo.packages'),
          ),
        );
      }
      return results;
    });
    const passphraseListPath = writePassphraseList(
      outDir,
      issued.flatMap((call) => call.packages.map((p) => passphraseRow(call.callCode, p))),
      ctx.language,
      clock(),
    );
    const simulation = request.simulate
      ? await timed('simulate', async () => {
          const bundlesDir = path.join(outDir, 'bundles');
          const simulated = await simulateReviewers({
            packagesDir,
            passphrasesCsv: passphraseListPath,
            outDir: bundlesDir,
            seed: request.seed,
            createApp,
            services: (party) => demoServices(ctx.services, request.seed, party, clock),
            language: ctx.language,
            onProgress: report('assignment.progress.demo.simulating'),
            signal: ctx.signal,
            // Panel members vote in the reviewer app they reviewed in, with the key they enrolled.
            ...(request.panel ? { keepWorkspaces: true, workDir: reviewerWorkDir() } : {}),
          });
          return {
            workspaces: new Map(
              simulated.reviewers.flatMap((reviewer) =>
                reviewer.workspace === null
                  ? []
                  : [[reviewer.email.toLowerCase(), reviewer.workspace] as const],
              ),
            ),
            bundlesDir,
            bundles: simulated.bundles.length,
            submitted: simulated.submitted,
            recused: simulated.recused,
          };
        })
      : null;
    const panel =
      simulation && request.panel
        ? await timed('panel', async () => {
            const panelPackagesDir = path.join(outDir, 'panel-packages');
            const ballotsDir = path.join(outDir, 'ballots');
            const stage = await runPanelStage({
              office: invoke,
              calls: data.calls.map((call, index) => ({
                id: callIds[index] as string,
                template: call.template,
              })),
              bundlesDir: simulation.bundlesDir,
              packagesDir: panelPackagesDir,
              ballotsDir,
              seed: request.seed,
              createApp,
              services: (party) => demoServices(ctx.services, request.seed, party, clock),
              memberWorkspaces: simulation.workspaces,
              language: ctx.language,
              now: clock,
              onProgress: report('ballot.progress.simulating'),
              signal: ctx.signal,
            });
            return {
              packagesDir: panelPackagesDir,
              passphraseListPath: stage.passphraseListPath,
              ballotsDir,
              packages: stage.packages,
              ballots: stage.ballots.length,
            };
          })
        : null;
    office.session.close();
    cleanWorkDirs();
    const caller = callThrough(createApp(ctx.services, ctx.session), { language: ctx.language });
    const workspace = await caller('workspace.open', { path: officePath });
    await caller('keys.unlock', { passphrase: DEMO_OFFICE_PASSPHRASE });
    timings.total = Math.round(performance.now() - started);
    return {
      workspace,
      calls: data.calls.map((call, index) => ({
        code: call.code,
        applications: call.applications.length,
        assigned: (assigned[index]?.kept ?? 0) + (assigned[index]?.added ?? 0),
        uncovered: assigned[index]?.uncovered.length ?? 0,
        packages: issued[index]?.packages.length ?? 0,
      })),
      reviewers: data.reviewers.length,
      conflicts,
      packagesDir,
      passphraseListPath,
      simulation: simulation && {
        bundlesDir: simulation.bundlesDir,
        bundles: simulation.bundles,
        submitted: simulation.submitted,
        recused: simulation.recused,
      },
      panel,
      timings,
    };
  } catch (error) {
    office.session.close();
    cleanWorkDirs();
    for (const name of CREATED) rmSync(path.join(outDir, name), { recursive: true, force: true });
    if (isAppError(error) && error.code === 'errors.cancelled') throw error;
    const detail = isAppError(error) ? translate(ctx.language, error.code, error.params) : String(error);
    const stepName = translate(ctx.language, `assignment.demo.steps.${step}`);
    throw new AppError('assignment.errors.demoStepFailed', { step: stepName, detail }, error);
  }
}

function requireCommitted(report: ImportReport, source: string): void {
  if (report.committed) return;
  const first = report.issues.find((issue) => issue.severity === 'error');
  const where = first ? `${source} row ${first.row} ${first.column}: ${first.problem.key}` : source;
  throw new AppError('errors.internal', { detail: `the demo import was refused (${where})` });
}
