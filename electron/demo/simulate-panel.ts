/**
 * `peerdesk demo --simulate --panel`: the office merges the simulated review bundles, ranks, sets
 * up a panel per call and issues the panel packages; then every member opens their packages in a
 * reviewer app of their own, votes with a seeded model and exports a ballot bundle per call into
 * `ballotsDir`. The ballots are left for the officer to merge. Everything goes through the same
 * handlers as the officer's screens and the member's app, with seeded services: one seed, the same
 * files.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { panelMinMembersFor } from '../../shared/domain/panel';
import { Random, sampleWithoutReplacement, seedText, type Seed } from '../../shared/random';
import type { Language } from '../../shared/i18n/catalogs';
import type { Progress } from '../../shared/contract/progress';
import type { IssuedPanelPackage } from '../../shared/contract/panel-bundles';
import { AppError } from '../../shared/errors';
import type { AppFactory } from '../core/app-factory';
import { callThrough, type Call } from '../core/call';
import type { Services } from '../core/context';
import { passphraseListDir, passphraseRow, writePassphraseList } from '../packages/passphrase-file';
import { DEMO_REVIEWER_PASSPHRASE } from '../keys/demo-passphrase';

export interface PanelStageOptions {
  /** The office, through its dispatcher. */
  office: Call;
  calls: readonly { id: string; template: string }[];
  bundlesDir: string;
  packagesDir: string;
  ballotsDir: string;
  seed: Seed;
  createApp: AppFactory;
  /** Services for one member, named by e-mail. */
  services: (member: string) => Services;
  /** The reviewer workspace of each member who reviewed by mail, by lower-case e-mail: they vote there. */
  memberWorkspaces: ReadonlyMap<string, string>;
  language: Language;
  /** The demo clock, for the passphrase list's time. */
  now: () => Date;
  onProgress: (progress: Progress) => void;
  signal: AbortSignal;
}

export interface PanelStageReport {
  packages: number;
  /** All calls' panel passphrases in one list, beside the packages folder. */
  passphraseListPath: string;
  ballots: string[];
}

/** Shortlist size per call: the top of the ranking, as a 杰青 panel would see it. */
const SHORTLIST = 12;
/** Members beyond the template's minimum, so a few absences still leave a quorum. */
const EXTRA_MEMBERS = 2;
/** A member skips an application's vote with this probability (absent for that defence). */
const ABSENCE = 0.08;

export async function runPanelStage(options: PanelStageOptions): Promise<PanelStageReport> {
  const { office } = options;
  await office('merge.importFiles', { paths: [options.bundlesDir] });
  const reviewers = (await office('reviewers.list', {})).map((r) => r.id).sort();
  const issued: (IssuedPanelPackage & { callCode: string })[] = [];
  for (const call of options.calls) {
    await office('results.rank', { callId: call.id, method: 'mean' });
    const wanted = Math.min(reviewers.length, panelMinMembersFor(call.template) + EXTRA_MEMBERS);
    const random = new Random(`${seedText(options.seed)}/panel/${call.id}`);
    const members = sampleWithoutReplacement(random, reviewers, wanted).sort();
    await office('panel.setup', {
      callId: call.id,
      shortlist: { from: 'top-n', n: SHORTLIST },
      members,
      minMembers: Math.min(panelMinMembersFor(call.template), members.length),
    });
    const result = await office('panel.packages.issue', { callId: call.id, outDir: options.packagesDir });
    issued.push(...result.packages.map((pkg) => ({ ...pkg, callCode: result.callCode })));
  }
  const passphraseListPath = writePassphraseList(
    passphraseListDir(options.packagesDir),
    issued.map((pkg) => passphraseRow(pkg.callCode, pkg)),
    options.language,
    options.now(),
  );
  mkdirSync(options.ballotsDir, { recursive: true });
  const byMember = new Map<string, typeof issued>();
  for (const pkg of issued) byMember.set(pkg.email, [...(byMember.get(pkg.email) ?? []), pkg]);
  const workRoot = mkdtempSync(path.join(os.tmpdir(), 'peerdesk-panel-'));
  const ballots: string[] = [];
  try {
    let done = 0;
    for (const [email, packages] of byMember) {
      if (options.signal.aborted) throw new AppError('errors.cancelled');
      options.onProgress({ done, total: byMember.size, label: 'ballot.progress.simulating' });
      ballots.push(...(await voteAsMember(email, packages, options, workRoot)));
      done += 1;
    }
    options.onProgress({ done, total: byMember.size, label: 'ballot.progress.simulating' });
  } finally {
    rmSync(workRoot, { recursive: true, force: true });
  }
  return { packages: issued.length, passphraseListPath, ballots };
}

/** One member: opens each panel package, votes on every application (a few skipped), exports per call. */
async function voteAsMember(
  email: string,
  packages: readonly { path: string; passphrase: string }[],
  options: PanelStageOptions,
  workRoot: string,
): Promise<string[]> {
  const dataDir = mkdtempSync(path.join(workRoot, 'member-'));
  const services = { ...options.services(`panel/${email}`), dataDir };
  const dispatcher = options.createApp(services);
  // Where the door requires protection, a member's key is sealed (or was, by the mail-review
  // simulation) under the demo's reviewer passphrase.
  const keyPassphrase = services.requireKeyProtection ? DEMO_REVIEWER_PASSPHRASE : undefined;
  const call = callThrough(dispatcher, { language: options.language, signal: options.signal });
  const workspacePath =
    options.memberWorkspaces.get(email.toLowerCase()) ?? path.join(dataDir, 'member.peerdesk.sqlite');
  try {
    for (const pkg of packages) {
      await call('reviewer.panel.open', {
        source: { path: pkg.path },
        passphrase: pkg.passphrase,
        workspacePath,
        ...(keyPassphrase === undefined ? {} : { keyPassphrase }),
      });
    }
    if (keyPassphrase !== undefined && (await call('keys.status', {})).state === 'locked')
      await call('keys.unlock', { passphrase: keyPassphrase });
    const written: string[] = [];
    for (const panel of (await call('reviewer.panel.list', {})).calls) {
      let cast = 0;
      for (const application of panel.applications) {
        const random = new Random(`${seedText(options.seed)}/ballot/${email}/${application.applicationId}`);
        if (random.uniform() < ABSENCE) continue;
        await call('reviewer.panel.ballot.save', {
          callId: panel.callId,
          applicationId: application.applicationId,
          ...simulatedBallot(random, application.meanOverall, panel.finalScale),
        });
        cast += 1;
      }
      if (cast === 0) continue;
      const exported = await call('reviewer.panel.export', {
        callId: panel.callId,
        path: options.ballotsDir,
      });
      written.push(exported.path ?? exported.fileName);
    }
    return written;
  } finally {
    dispatcher.session.close();
  }
}

const COMMENTS = [
  '创新性突出，建议资助。',
  '研究基础扎实。',
  '技术路线需进一步论证。',
  '与已资助项目重复度较高。',
  '',
];

/**
 * A member's vote: the better the mail reviews (the mean's place on the scale), the likelier 赞成;
 * a few abstain; most give a final score near the mail reviews' mean.
 */
export function simulatedBallot(
  random: Random,
  meanOverall: number | null,
  scale: { min: number; max: number },
): { vote: 'for' | 'against' | 'abstain'; finalScore: number | null; comment: string } {
  const span = scale.max - scale.min;
  const place = meanOverall === null ? 0.5 : (meanOverall - scale.min) / span;
  const draw = random.uniform();
  const vote = draw < 0.06 ? 'abstain' : random.uniform() < 0.15 + 0.8 * place ** 1.5 ? 'for' : 'against';
  const scored = random.uniform() < 0.75;
  const centre = meanOverall ?? scale.min + span / 2;
  const raw = centre + 0.08 * span * random.normal();
  const finalScore = scored ? Math.round(Math.min(scale.max, Math.max(scale.min, raw)) * 10) / 10 : null;
  const comment = COMMENTS[random.int(COMMENTS.length)] ?? '';
  return { vote, finalScore, comment };
}
