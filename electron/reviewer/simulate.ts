/**
 * `peerdesk demo --simulate`: every reviewer in the officer's passphrase list opens their packages
 * in a reviewer workspace of their own, scores with the seeded model of simulated-review.ts (a few
 * recuse), submits, and exports a review bundle per call into `outDir`. Everything goes through
 * the same handlers as a real reviewer's app.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Progress } from '../../shared/contract/progress';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/i18n/catalogs';
import { Random, seedText, type Seed } from '../../shared/random';
import type { AppFactory } from '../core/app-factory';
import { callThrough } from '../core/call';
import type { Services } from '../core/context';
import { isBlankLine, readCsvRecords } from '../imports/csv';
import { DEMO_REVIEWER_PASSPHRASE } from '../keys/demo-passphrase';
import { unguardText } from '../../shared/tables/cell-guard';
import { simulatedRecusal, simulatedReview } from './simulated-review';

export interface SimulateReviewersOptions {
  /** Where the package files named in the passphrase list are. */
  packagesDir: string;
  /** The officer's passphrases.csv (columns: name, email, call, file, version, passphrase). */
  passphrasesCsv: string;
  /** Where the review bundles are written (created if missing). */
  outDir: string;
  seed: Seed;
  /** Makes each reviewer's app (the composition root's factory). */
  createApp: AppFactory;
  /**
   * Services for one reviewer, named by e-mail: seeded bytes and a shared clock make the bundles
   * the same on every run. Their dataDir is replaced by the reviewer's own temporary folder.
   */
  services: (reviewer: string) => Services;
  /** Share of assignments a reviewer recuses from (default 0.04). */
  recusalRate?: number;
  /** Parent folder of the reviewers' temporary workspaces (default: the system temp folder). */
  workDir?: string;
  /** Keep the reviewers' workspaces instead of deleting them at the end. */
  keepWorkspaces?: boolean;
  language?: Language;
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
}

export interface SimulatedReviewer {
  name: string;
  email: string;
  /** The reviewer's workspace, when kept. */
  workspace: string | null;
  bundles: { callCode: string; file: string; submitted: number; recused: number }[];
}

export interface SimulationReport {
  reviewers: SimulatedReviewer[];
  bundles: string[];
  submitted: number;
  recused: number;
}

interface ListedPackage {
  name: string;
  email: string;
  file: string;
  version: number;
  passphrase: string;
}

/** The passphrase list as written by the office (shared/assignment/passphrase-list.ts). */
export function readPassphraseList(file: string): ListedPackage[] {
  const text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  const [, ...rows] = readCsvRecords(text, { delimiter: ',' }).filter((record) => !isBlankLine(record));
  return rows.map((record) => {
    const [name = '', email = '', , fileName = '', version = '', passphrase = ''] =
      record.cells.map(unguardText);
    return { name, email, file: path.basename(fileName), version: Number(version) || 0, passphrase };
  });
}

function reviewerKey(entry: ListedPackage): string {
  return (entry.email || entry.name).toLowerCase();
}

/** θ of an application: the same for every reviewer who reads it. */
function qualityOf(seed: Seed, applicationId: string): number {
  return new Random(`${seedText(seed)}/quality/${applicationId}`).normal();
}

async function simulateOne(
  reviewerPackages: ListedPackage[],
  options: SimulateReviewersOptions,
  workRoot: string,
): Promise<SimulatedReviewer> {
  const [first] = reviewerPackages;
  if (!first) throw new Error('a reviewer without packages');
  const dataDir = mkdtempSync(path.join(workRoot, 'reviewer-'));
  const services = { ...options.services(reviewerKey(first)), dataDir };
  const dispatcher = options.createApp(services);
  // Where the door requires protection, the identity key is sealed under the demo's reviewer passphrase.
  const keyPassphrase = services.requireKeyProtection ? DEMO_REVIEWER_PASSPHRASE : undefined;
  const call = callThrough(dispatcher, {
    language: options.language ?? 'en',
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const workspace = path.join(dataDir, 'reviewer.peerdesk.sqlite');
  const report: SimulatedReviewer = { name: first.name, email: first.email, workspace: null, bundles: [] };
  try {
    for (const listed of [...reviewerPackages].sort((a, b) => a.version - b.version)) {
      await call('reviewer.openPackage', {
        source: { path: path.join(options.packagesDir, listed.file) },
        passphrase: listed.passphrase,
        fileName: listed.file,
        workspacePath: workspace,
        ...(keyPassphrase === undefined ? {} : { keyPassphrase }),
      });
    }
    const inbox = await call('reviewer.inbox', {});
    const reviewerId = inbox.reviewer?.id ?? first.email;
    const leniency = 0.5 * new Random(`${seedText(options.seed)}/leniency/${reviewerId}`).normal();
    for (const item of inbox.items.filter((candidate) => !candidate.archived)) {
      const random = new Random(`${seedText(options.seed)}/review/${reviewerId}/${item.applicationId}`);
      if (random.uniform() < (options.recusalRate ?? 0.04)) {
        await call('reviewer.recuse', {
          applicationId: item.applicationId,
          recusal: simulatedRecusal(random),
        });
        continue;
      }
      const detail = await call('reviewer.application', { applicationId: item.applicationId });
      const draft = simulatedReview({
        rubric: detail.call.rubric,
        quality: qualityOf(options.seed, item.applicationId),
        leniency,
        requestedTotal: detail.application.requestedTotal,
        random,
      });
      await call('reviewer.saveDraft', { applicationId: item.applicationId, draft });
      await call('reviewer.submit', { applicationId: item.applicationId });
    }
    for (const summary of (await call('reviewer.exportSummary', {})).calls) {
      if (summary.submitted + summary.recused === 0) continue;
      const exported = await call('reviewer.export', { callId: summary.callId, path: options.outDir });
      report.bundles.push({
        callCode: summary.callCode,
        file: exported.path ?? exported.fileName,
        submitted: exported.submitted,
        recused: exported.recused,
      });
    }
    if (options.keepWorkspaces) report.workspace = workspace;
    return report;
  } finally {
    dispatcher.session.close();
    if (!options.keepWorkspaces) rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Runs every listed reviewer in turn and stops at the first refusal, naming it. */
export async function simulateReviewers(options: SimulateReviewersOptions): Promise<SimulationReport> {
  const listed = readPassphraseList(options.passphrasesCsv);
  const byReviewer = new Map<string, ListedPackage[]>();
  for (const entry of listed) {
    const key = reviewerKey(entry);
    byReviewer.set(key, [...(byReviewer.get(key) ?? []), entry]);
  }
  mkdirSync(options.outDir, { recursive: true });
  const workRoot = mkdtempSync(path.join(options.workDir ?? os.tmpdir(), 'peerdesk-simulate-'));
  const reviewers: SimulatedReviewer[] = [];
  try {
    for (const packages of byReviewer.values()) {
      if (options.signal?.aborted) throw new AppError('errors.cancelled');
      options.onProgress?.({
        done: reviewers.length,
        total: byReviewer.size,
        label: 'reviewer.simulate.progress',
      });
      reviewers.push(await simulateOne(packages, options, workRoot));
    }
  } finally {
    if (!options.keepWorkspaces) rmSync(workRoot, { recursive: true, force: true });
  }
  options.onProgress?.({
    done: reviewers.length,
    total: byReviewer.size,
    label: 'reviewer.simulate.progress',
  });
  const bundles = reviewers.flatMap((reviewer) => reviewer.bundles);
  return {
    reviewers,
    bundles: bundles.map((bundle) => bundle.file),
    submitted: bundles.reduce((sum, bundle) => sum + bundle.submitted, 0),
    recused: bundles.reduce((sum, bundle) => sum + bundle.recused, 0),
  };
}
