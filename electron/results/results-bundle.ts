import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit-log';
import { latestRun } from '../../db/repositories/results';
import { findCurrentKey } from '../../db/repositories/keys';
import { generatePassphrase } from '../../shared/bundle/passphrase';
import { canonicalBytes } from '../../shared/canonical/jcs';
import type { WorkspaceInfo } from '../../shared/domain/workspace';
import {
  RESULTS_BUNDLE_CONTENT_VERSION,
  RESULTS_REPORT_PDF,
  RESULTS_REPORT_XLSX,
  resultsBundleContentSchema,
  type ResultsBundleContent,
} from '../../shared/domain/results-bundle';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/i18n/catalogs';
import { parseJsonBytes } from '../../shared/json/parse';
import { openBundle, writeBundle } from '../bundle/envelope';
import type { Services } from '../core/context';
import { unlockPrivateKey } from '../keys/key-store';
import { computeAwards } from './awards';
import { loadCallInputs } from './call-inputs';
import { exportTables } from './export-tables';
import { randomUuid } from '../core/ids';
import { drawsOfRun, verifyDraw } from './lottery';
import { panelReportPdf } from './pdf-report';
import { participation, scoreRows } from './rank-input';
import { computeRanking } from './run-ranking';
import { parseRun } from './stored-run';
import { buildViewFrom } from './view';
import { tablesToXlsx } from './xlsx-write';

/** The office key that signs results bundles; refused when this door cannot unlock it. */
function officeSigningKey(db: Db, services: Services): string {
  const row = findCurrentKey(db, 'office-signing');
  if (!row) throw new AppError('results.errors.noSigningKey');
  return unlockPrivateKey(row, 'Ed25519', services);
}

/** The content of a call's results bundle, from the workspace as it is now. */
export function resultsContent(db: Db, callId: string, services: Services): ResultsBundleContent {
  const inputs = loadCallInputs(db, callId);
  const runRow = latestRun(db, inputs.call.id);
  const run = runRow ? parseRun(runRow) : null;
  const { excluded } = participation(inputs);
  const awards = computeAwards(inputs);
  return resultsBundleContentSchema.parse({
    version: RESULTS_BUNDLE_CONTENT_VERSION,
    generatedAt: services.now().toISOString(),
    appVersion: services.appVersion,
    call: {
      id: inputs.call.id,
      code: inputs.call.code,
      title: { zh: inputs.call.titleZh, en: inputs.call.titleEn },
      category: inputs.call.category,
      envelope: inputs.call.budgetEnvelope,
      rubricVersion: inputs.call.rubricVersion,
    },
    rubric: inputs.rubric,
    challenges: inputs.challenges.map((c) => ({
      id: c.id,
      code: c.code,
      title: { zh: c.titleZh, en: c.titleEn },
      awards: c.awards,
    })),
    applications: inputs.applications.map((a) => ({
      id: a.id,
      referenceNo: a.referenceNo,
      title: a.title,
      piName: a.piName,
      institution: a.institution,
      challengeId: a.challengeId,
      requested: a.requestedTotal,
      status: a.status,
      excluded: excluded.has(a.id),
    })),
    scoreRows: scoreRows(inputs),
    run: run && {
      id: run.id,
      createdAt: run.createdAt,
      inputDigest: run.inputDigest,
      parameters: run.parameters,
      output: run.table,
    },
    draws: run
      ? drawsOfRun(db, run.id).map((draw) => ({
          id: draw.id,
          runId: draw.runId,
          pool: draw.pool,
          seedSource: draw.seedSource,
          createdAt: draw.createdAt,
          record: draw.record,
          awards: draw.awards,
        }))
      : [],
    awards: [...awards].map(([application, award]) => ({ application, ...award })),
    decisions: [...inputs.decisions.values()].map((d) => ({
      application: d.applicationId,
      outcome: d.outcome,
      amount: d.amount,
      note: d.note,
      decidedAt: d.decidedAt,
    })),
    money: buildViewFrom(db, inputs).money,
  });
}

/**
 * Writes the signed results bundle: content.json plus the XLSX and PDF reports. With `encrypt`, a
 * new passphrase seals it (returned once, to hand over out of band); otherwise it is signed only.
 */
export async function writeResultsBundle(
  db: Db,
  workspace: WorkspaceInfo,
  callId: string,
  options: { encrypt: boolean; language: Language; services: Services },
): Promise<{ fileName: string; mediaType: string; bytes: Uint8Array; passphrase: string | null }> {
  const { services } = options;
  const signingPrivateKey = officeSigningKey(db, services);
  const content = resultsContent(db, callId, services);
  const inputs = loadCallInputs(db, callId);
  const view = buildViewFrom(db, inputs);
  const created = services.now();
  const xlsx = await tablesToXlsx(exportTables(view, inputs, options.language), {
    title: content.call.code,
    created,
  });
  const pdf = await panelReportPdf(view, created, options.language);
  const passphrase = options.encrypt ? generatePassphrase(services.randomBytes) : null;
  const bundleId = randomUuid(services.randomBytes);
  const bytes = await writeBundle({
    kind: 'results-bundle',
    bundleId,
    callId: content.call.id,
    callCode: content.call.code.slice(0, 64),
    sender: { role: 'office', id: workspace.id, name: workspace.name.slice(0, 200) },
    recipient: { role: 'office', id: workspace.id },
    createdAt: created.toISOString(),
    entries: [
      { name: 'content.json', bytes: canonicalBytes(content) },
      { name: RESULTS_REPORT_XLSX, bytes: xlsx },
      { name: RESULTS_REPORT_PDF, bytes: pdf },
    ],
    signingPrivateKey,
    encryption: passphrase === null ? { scheme: 'none' } : { scheme: 'passphrase', passphrase },
    random: services.randomBytes,
  });
  appendAudit(db, {
    at: created.toISOString(),
    actor: 'local',
    action: 'results.bundle',
    subject: content.call.id,
    details: {
      bundleId,
      encrypted: passphrase !== null,
      runId: content.run?.id ?? null,
      bytes: bytes.length,
    },
  });
  return {
    fileName: `${safeFilePart(content.call.code)}-results.peerdesk-results`,
    mediaType: 'application/zip',
    bytes,
    passphrase,
  };
}

export interface BundleCheck {
  signerPublicKey: string;
  callCode: string;
  createdAt: string;
  digest: string;
  /** Re-running the stored parameters on the stored score rows gives the stored output; null without a run. */
  rankingReproduced: boolean | null;
  draws: { id: string; pool: string | null; matches: boolean }[];
  decisions: number;
}

/** Opens a results bundle, checks its signature and entries, and re-runs its ranking and draws. */
export async function checkResultsBundle(bytes: Uint8Array, passphrase: string | null): Promise<BundleCheck> {
  const opened = await openBundle(bytes, {
    expectedKind: 'results-bundle',
    decrypt: passphrase === null ? 'none' : { passphrase },
  });
  const raw = opened.entries.get('content.json');
  const parsed = raw ? resultsBundleContentSchema.safeParse(parseJsonBytes(raw)) : undefined;
  if (!parsed?.success) throw new AppError('results.errors.bundleContent');
  const content = parsed.data;
  let rankingReproduced: boolean | null = null;
  if (content.run) {
    const again = computeRanking(content.run.parameters, content.scoreRows);
    rankingReproduced = sameJson(again, content.run.output);
  }
  return {
    signerPublicKey: opened.signerPublicKey,
    callCode: opened.manifest.callCode,
    createdAt: opened.manifest.createdAt,
    digest: opened.digest,
    rankingReproduced,
    draws: content.draws.map((draw) => ({ id: draw.id, pool: draw.pool, matches: verifyDraw(draw).matches })),
    decisions: content.decisions.length,
  };
}

function sameJson(a: unknown, b: unknown): boolean {
  const left = canonicalBytes(a);
  const right = canonicalBytes(b);
  return left.length === right.length && left.every((byte, index) => right[index] === byte);
}

/** A file-name part from a call code: letters, digits, dot, dash and underscore only. */
export function safeFilePart(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'call'
  );
}
