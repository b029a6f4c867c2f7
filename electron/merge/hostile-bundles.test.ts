import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from '../../test/support/db/merge-inspect';
import { workspaceDigest } from '../../test/support/db/workspace-digest';
import { base64urlEncode } from '../../shared/bundle/encoding';
import { canonicalBytes } from '../../shared/canonical/jcs';
import type { MergeRunResult } from '../../shared/contract/merge';
import type { ReviewBundleContent } from '../../shared/domain/review-bundle';
import { translate } from '../../shared/i18n/translate';
import { generateEncryptionKeyPair, generateSigningKeyPair, sign } from '../crypto';
import { seededByteSource } from '../../shared/random/bytes';
import { enrolmentHmac } from '../crypto/enrolment';
import { bundleEntries, rawZip, type RawEntry } from '../../test/support/merge/raw-zip';
import {
  buildReviewBundle,
  completeReview,
  createScenario,
  recusalReview,
  uuidFrom,
  versioned,
  type BundleOverrides,
  type Scenario,
  type ScenarioReviewer,
} from '../../test/support/merge/scenario';
import { openOfficeWorkspace, type OfficeWorkspace } from '../../test/support/merge/office';

/**
 * The hostile corpus: bundles built from valid ones by truncating, flipping bits in every part of
 * the container, re-signing, re-encrypting, and rewriting the content; plus every archive of the
 * shared zip-malformed and zip-slip collections. Each must be refused with a clear, translated
 * reason, and the office workspace's logical content must be byte-identical before and after.
 */
const external = path.resolve(import.meta.dirname, '../../test/fixtures/external');
const random = seededByteSource('hostile-attacker');
const attacker = generateSigningKeyPair(random);
const otherOffice = generateEncryptionKeyPair(random);

let scenario: Scenario;
let office: OfficeWorkspace;
let enrolled: ScenarioReviewer;
let fresh: ScenarioReviewer;
let unenrollable: ScenarioReviewer;
let applied: Uint8Array;
let base: Uint8Array;

interface HostileCase {
  name: string;
  build: () => Promise<Uint8Array> | Uint8Array;
  /** The refusal code, when one specific rule must catch it. */
  code?: string;
}

const reviewsOf = (reviewer: ScenarioReviewer, variant = 1, revision = 1) =>
  reviewer.applications
    .slice(0, 2)
    .map((app) => versioned(completeReview(scenario, reviewer.id, app, variant), revision));

const bundle = (reviewer: ScenarioReviewer, overrides: BundleOverrides = {}, reviews = reviewsOf(reviewer)) =>
  buildReviewBundle(scenario, reviewer, reviews, overrides);

/** The content with review 0 replaced (its digest recomputed, so only the intended defect remains). */
const withReview = (
  reviewer: ScenarioReviewer,
  change: (content: ReturnType<typeof completeReview>) => unknown,
) =>
  bundle(reviewer, {
    content: (content: ReviewBundleContent) => {
      const [first, ...rest] = content.reviews;
      const changed = change({ ...first!.content }) as ReturnType<typeof completeReview>;
      return { ...content, reviews: [versioned(changed, first!.revision), ...rest] };
    },
  });

/** The valid base bundle with its manifest rewritten and re-signed by `signer`. */
async function resigned(
  change: (manifest: Record<string, unknown>) => unknown,
  signer = fresh.signing.privateKey,
) {
  const entries = await bundleEntries(base);
  const manifest = JSON.parse(new TextDecoder().decode(entries[0]!.data)) as Record<string, unknown>;
  const changed = change(manifest);
  const manifestBytes =
    typeof changed === 'string' ? new TextEncoder().encode(changed) : canonicalBytes(changed);
  return rawZip([
    { name: 'manifest.json', data: manifestBytes },
    { name: 'manifest.sig', data: new TextEncoder().encode(sign(signer, manifestBytes)) },
    ...entries.slice(2),
  ]);
}

async function reassembled(change: (entries: RawEntry[]) => RawEntry[]) {
  return rawZip(change(await bundleEntries(base)));
}

function flip(bytes: Uint8Array, offset: number, bit = 0): Uint8Array {
  const copy = bytes.slice();
  copy[offset] = (copy[offset] as number) ^ (1 << bit);
  return copy;
}

/** Offsets of every field that matters in each record of the (deterministic) base container. */
function containerParts(bytes: Uint8Array): { name: string; offset: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  const centralOffset = view.getUint32(end + 16, true);
  const parts: { name: string; offset: number }[] = [];
  let at = 0;
  let index = 0;
  while (at < centralOffset) {
    const nameLength = view.getUint16(at + 26, true);
    const size = view.getUint32(at + 18, true);
    const data = at + 30 + nameLength;
    const entry = `entry ${index} local`;
    parts.push(
      { name: `${entry} signature`, offset: at },
      { name: `${entry} flags`, offset: at + 6 },
      { name: `${entry} method`, offset: at + 8 },
      { name: `${entry} crc`, offset: at + 14 },
      { name: `${entry} compressed size`, offset: at + 18 },
      { name: `${entry} size`, offset: at + 22 },
      { name: `${entry} name length`, offset: at + 26 },
      { name: `${entry} name`, offset: at + 30 + nameLength - 1 },
      { name: `${entry} data start`, offset: data },
      { name: `${entry} data middle`, offset: data + Math.floor(size / 2) },
      { name: `${entry} data end`, offset: data + size - 1 },
    );
    at = data + size;
    index += 1;
  }
  index = 0;
  while (at < end) {
    const nameLength = view.getUint16(at + 28, true);
    const entry = `entry ${index} central`;
    parts.push(
      { name: `${entry} signature`, offset: at },
      { name: `${entry} flags`, offset: at + 8 },
      { name: `${entry} method`, offset: at + 10 },
      { name: `${entry} crc`, offset: at + 16 },
      { name: `${entry} compressed size`, offset: at + 20 },
      { name: `${entry} size`, offset: at + 24 },
      { name: `${entry} name length`, offset: at + 28 },
      { name: `${entry} local offset`, offset: at + 42 },
      { name: `${entry} name`, offset: at + 46 },
    );
    at += 46 + nameLength;
    index += 1;
  }
  parts.push(
    { name: 'end signature', offset: end },
    { name: 'end disk number', offset: end + 4 },
    { name: 'end entries on disk', offset: end + 8 },
    { name: 'end total entries', offset: end + 10 },
    { name: 'end directory size', offset: end + 12 },
    { name: 'end directory offset', offset: end + 16 },
    { name: 'end comment length', offset: end + 20 },
  );
  return parts;
}

function hostileCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  const length = base.length;
  for (const cut of [
    0,
    1,
    4,
    30,
    Math.floor(length / 3),
    Math.floor(length / 2),
    length - 23,
    length - 22,
    length - 1,
  ]) {
    cases.push({ name: `truncated to ${cut} bytes`, build: () => base.slice(0, cut) });
  }
  for (const part of containerParts(base)) {
    cases.push({
      name: `bit flip: ${part.name}`,
      build: () => flip(base, part.offset),
    });
  }
  cases.push(
    { name: 'not a zip: text', build: () => new TextEncoder().encode('Dear office, here are my reviews.') },
    {
      name: 'not a zip: PDF header',
      build: () => new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'),
    },
    {
      name: 'no signature',
      code: 'bundle.errors.missingSignature',
      build: () => reassembled((e) => e.filter((x) => x.name !== 'manifest.sig')),
    },
    {
      name: 'no manifest',
      code: 'bundle.errors.missingManifest',
      build: () => reassembled((e) => e.filter((x) => x.name !== 'manifest.json')),
    },
    {
      name: 'no payload',
      code: 'bundle.errors.entryMissing',
      build: () => reassembled((e) => e.slice(0, 2)),
    },
    {
      name: 'signature by the wrong key',
      code: 'bundle.errors.signatureInvalid',
      build: () => resigned((m) => m, attacker.privateKey),
    },
    {
      name: 'signature garbled',
      code: 'bundle.errors.signatureMalformed',
      build: () =>
        reassembled((e) =>
          e.map((x) =>
            x.name === 'manifest.sig' ? { ...x, data: new TextEncoder().encode('not-a-signature') } : x,
          ),
        ),
    },
    {
      name: 're-signed with another key (sender key swapped)',
      code: 'merge.errors.enrolmentKeyMismatch',
      build: () =>
        resigned(
          (m) => ({ ...m, sender: { ...(m.sender as object), signingPublicKey: attacker.publicKey } }),
          attacker.privateKey,
        ),
    },
    {
      name: 'consistent bundle of an enrolled reviewer signed with a new key',
      code: 'merge.errors.unknownKey',
      build: () => bundle(enrolled, { signingKey: attacker }, reviewsOf(enrolled, 4, 2)),
    },
    {
      name: 'first bundle with a forged enrolment proof',
      code: 'merge.errors.enrolmentInvalid',
      build: () =>
        bundle(fresh, {
          signingKey: attacker,
          content: (content) => ({
            ...content,
            enrolment: {
              ...content.enrolment,
              hmac: enrolmentHmac(base64urlEncode(random(32)), attacker.publicKey),
            },
          }),
        }),
    },
    {
      name: 'reviewer without an issued package',
      code: 'merge.errors.notEnrolled',
      build: () => bundle(unenrollable),
    },
    {
      name: 'sender unknown to this office',
      code: 'merge.errors.unknownReviewer',
      build: () => {
        const stranger = { ...fresh, id: uuidFrom(random) };
        return buildReviewBundle(
          scenario,
          stranger,
          reviewsOf(fresh).map((r) => versioned({ ...r.content, reviewerId: stranger.id }, 1)),
        );
      },
    },
    {
      name: 'encrypted to another office',
      code: 'merge.errors.wrongRecipient',
      build: () => bundle(fresh, { recipientKey: otherOffice.publicKey }),
    },
    {
      name: 'another call',
      code: 'merge.errors.unknownCall',
      build: () => bundle(fresh, { callId: uuidFrom(random), callCode: 'GX-OTHER-2026' }),
    },
    {
      name: 'call code of another call',
      code: 'merge.errors.callCodeMismatch',
      build: () => bundle(fresh, { callCode: 'GX-OTHER-2026' }),
    },
    {
      name: 'review of another call inside',
      code: 'merge.errors.reviewOtherCall',
      build: () => withReview(fresh, (r) => ({ ...r, callId: uuidFrom(random) })),
    },
    {
      name: 'review in another reviewer’s name',
      code: 'merge.errors.reviewOtherReviewer',
      build: () => withReview(fresh, (r) => ({ ...r, reviewerId: enrolled.id })),
    },
    {
      name: 'content of another reviewer',
      code: 'merge.errors.senderMismatch',
      build: () => bundle(fresh, { content: (c) => ({ ...c, reviewerId: enrolled.id }) }),
    },
    {
      name: 'unassigned application',
      code: 'merge.errors.notAssigned',
      build: () =>
        withReview(fresh, (r) => ({
          ...r,
          applicationId: scenario.data.applications.find((a) => !fresh.applications.includes(a.id))!.id,
        })),
    },
    {
      name: 'application that does not exist',
      code: 'merge.errors.notAssigned',
      build: () => withReview(fresh, (r) => ({ ...r, applicationId: uuidFrom(random) })),
    },
    {
      name: 'score above the scale',
      code: 'merge.errors.review.offScale',
      build: () => withReview(fresh, (r) => ({ ...r, scores: { ...r.scores, excellence: 6 } })),
    },
    {
      name: 'score below the scale',
      code: 'merge.errors.review.offScale',
      build: () => withReview(fresh, (r) => ({ ...r, scores: { ...r.scores, impact: -0.5 } })),
    },
    {
      name: 'score off the step grid',
      code: 'merge.errors.review.offScale',
      build: () => withReview(fresh, (r) => ({ ...r, scores: { ...r.scores, impact: 2.3 } })),
    },
    {
      name: 'huge score',
      code: 'merge.errors.review.offScale',
      build: () => withReview(fresh, (r) => ({ ...r, scores: { ...r.scores, impact: 1e308 } })),
    },
    {
      name: 'score that overflows to Infinity',
      code: 'merge.errors.contentInvalid',
      build: () => contentText((json) => json.replace(/"impact":[0-9.]+/, '"impact":1e400')),
    },
    {
      name: 'NaN score (JSON.stringify writes null)',
      code: 'merge.errors.contentInvalid',
      build: () =>
        contentText((json) => json.replace(/"impact":[0-9.]+/, `"impact":${JSON.stringify(Number.NaN)}`)),
    },
    {
      name: 'NaN score (bare token)',
      code: 'bundle.errors.jsonSyntax',
      build: () => contentText((json) => json.replace(/"impact":[0-9.]+/, '"impact":NaN')),
    },
    {
      name: 'score as a string',
      code: 'merge.errors.contentInvalid',
      build: () => contentText((json) => json.replace(/"impact":([0-9.]+)/, '"impact":"$1"')),
    },
    {
      name: 'unknown criterion',
      code: 'merge.errors.review.unknownCriterion',
      build: () => withReview(fresh, (r) => ({ ...r, scores: { ...r.scores, novelty: 3 } })),
    },
    {
      name: 'missing required comment',
      code: 'merge.errors.review.required',
      build: () => withReview(fresh, (r) => ({ ...r, comments: {} })),
    },
    {
      name: 'comment too short',
      code: 'merge.errors.review.tooShort',
      build: () => withReview(fresh, (r) => ({ ...r, comments: { strengths: 'ok', weaknesses: 'ok' } })),
    },
    {
      name: 'draft review',
      code: 'merge.errors.draftReview',
      build: () => withReview(fresh, (r) => ({ ...r, status: 'draft' })),
    },
    {
      name: 'recusal without a reason',
      code: 'merge.errors.review.required',
      build: () =>
        withReview(fresh, (r) => ({ ...recusalReview(scenario, fresh.id, r.applicationId, '  ') })),
    },
    {
      name: 'two reviews of one application',
      code: 'merge.errors.duplicateReview',
      build: () =>
        bundle(fresh, {}, [
          reviewsOf(fresh)[0]!,
          versioned(completeReview(scenario, fresh.id, fresh.applications[0]!, 3), 2),
        ]),
    },
    {
      name: 'review altered after its digest',
      code: 'merge.errors.digestMismatch',
      build: () =>
        bundle(fresh, {
          content: (c) => ({
            ...c,
            reviews: c.reviews.map((r, i) =>
              i === 0 ? { ...r, content: { ...r.content, scores: { ...r.content.scores, impact: 5 } } } : r,
            ),
          }),
        }),
    },
    {
      name: 'unknown member in the content',
      code: 'merge.errors.contentInvalid',
      build: () => bundle(fresh, { content: (c) => ({ ...c, approvedBy: 'office' }) }),
    },
    {
      name: 'content is not an object',
      code: 'merge.errors.contentInvalid',
      build: () => bundle(fresh, { content: () => [] }),
    },
    {
      name: 'invalid UTF-8 in the content',
      code: 'bundle.errors.jsonInvalidUtf8',
      build: () => contentBytes((bytes) => withInvalidUtf8(bytes)),
    },
    {
      name: 'byte-order mark before the content',
      code: 'bundle.errors.jsonByteOrderMark',
      build: () => contentBytes((bytes) => concat(new Uint8Array([0xef, 0xbb, 0xbf]), bytes)),
    },
    {
      name: 'duplicate member in the content',
      code: 'bundle.errors.jsonDuplicateKey',
      build: () => contentText((json) => json.replace('{"reviewerId"', '{"packageVersion":1,"reviewerId"')),
    },
    {
      name: 'content nested too deep',
      code: 'bundle.errors.jsonTooDeep',
      build: () => contentText(() => '['.repeat(100) + ']'.repeat(100)),
    },
    {
      name: 'content is empty',
      code: 'bundle.errors.jsonSyntax',
      build: () => contentBytes(() => new Uint8Array(0)),
    },
    {
      name: 'duplicated entry',
      code: 'bundle.errors.zipDuplicateName',
      build: () => reassembled((e) => [...e, e[2]!]),
    },
    {
      name: 'duplicated manifest',
      code: 'bundle.errors.zipDuplicateName',
      build: () => reassembled((e) => [e[0]!, ...e]),
    },
    {
      name: 'entry differing only in case',
      code: 'bundle.errors.zipDuplicateName',
      build: () => reassembled((e) => [...e, { name: 'MANIFEST.json', data: e[0]!.data }]),
    },
    {
      name: 'unknown entry',
      code: 'bundle.errors.zipNameNotAllowed',
      build: () => reassembled((e) => [...e, { name: 'payload/notes.txt', data: new Uint8Array([1]) }]),
    },
    {
      name: 'unknown top-level entry',
      code: 'bundle.errors.zipNameNotAllowed',
      build: () => reassembled((e) => [...e, { name: 'readme.txt', data: new Uint8Array([1]) }]),
    },
    {
      name: 'entry of another bundle kind, not in the manifest',
      code: 'bundle.errors.entryNotInManifest',
      build: () =>
        reassembled((e) => [
          ...e,
          { name: `payload/attachments/${'a'.repeat(64)}.pdf.enc`, data: new Uint8Array([1]) },
        ]),
    },
    {
      name: 'zip-slip: ../ name',
      code: 'bundle.errors.zipNameTraversal',
      build: () => reassembled((e) => [...e, { name: '../../evil.sh', data: new Uint8Array([1]) }]),
    },
    {
      name: 'zip-slip: payload/../ name',
      code: 'bundle.errors.zipNameTraversal',
      build: () => reassembled((e) => [...e, { name: 'payload/../../x', data: new Uint8Array([1]) }]),
    },
    {
      name: 'zip-slip: backslashes',
      code: 'bundle.errors.zipNameBackslash',
      build: () => reassembled((e) => [...e, { name: '..\\..\\evil.bat', data: new Uint8Array([1]) }]),
    },
    {
      name: 'absolute path',
      code: 'bundle.errors.zipNameAbsolute',
      build: () => reassembled((e) => [...e, { name: '/etc/cron.d/evil', data: new Uint8Array([1]) }]),
    },
    {
      name: 'drive letter path',
      code: 'bundle.errors.zipNameDriveLetter',
      build: () => reassembled((e) => [...e, { name: 'C:/Windows/evil.dll', data: new Uint8Array([1]) }]),
    },
    {
      name: 'NUL in a name',
      code: 'bundle.errors.zipNameControlChar',
      build: () => reassembled((e) => [...e, { name: 'manifest.json\u0000.txt', data: new Uint8Array([1]) }]),
    },
    {
      name: 'zip bomb (compression ratio)',
      code: 'bundle.errors.zipRatioTooHigh',
      build: () =>
        reassembled((e) =>
          e.map((x) =>
            x.name.startsWith('payload/')
              ? { ...x, data: new Uint8Array(64 * 1024 * 1024), deflate: true }
              : x,
          ),
        ),
    },
    {
      name: 'zip bomb (declared size)',
      code: 'bundle.errors.zipEntryTooLarge',
      build: () =>
        reassembled((e) =>
          e.map((x) =>
            x.name.startsWith('payload/') ? { ...x, deflate: true, declaredSize: 0xfffffff0 } : x,
          ),
        ),
    },
    {
      name: 'lying CRC',
      code: 'bundle.errors.zipCrcMismatch',
      build: () => reassembled((e) => e.map((x, i) => (i === 2 ? { ...x, crc: 12345 } : x))),
    },
    {
      name: 'future format version',
      code: 'bundle.errors.newerFormat',
      build: () => resigned((m) => ({ ...m, formatVersion: 2 })),
    },
    {
      name: 'not a Peerdesk manifest',
      code: 'bundle.errors.notABundle',
      build: () => resigned((m) => ({ ...m, format: 'other-bundle' })),
    },
    {
      name: 'manifest not canonical',
      code: 'bundle.errors.manifestNotCanonical',
      build: () => resigned((m) => JSON.stringify(m, null, 1)),
    },
    {
      name: 'unknown member in the manifest',
      code: 'bundle.errors.manifestInvalid',
      build: () => resigned((m) => ({ ...m, trusted: true })),
    },
    {
      name: 'another bundle kind',
      code: 'bundle.errors.wrongKind',
      build: () => resigned((m) => ({ ...m, kind: 'assignment-package' })),
    },
    {
      name: 'sent as the office',
      code: 'bundle.errors.rolesNotAllowed',
      build: () => resigned((m) => ({ ...m, sender: { ...(m.sender as object), role: 'office' } })),
    },
    {
      name: 'unencrypted review bundle',
      code: 'bundle.errors.schemeNotAllowed',
      build: () => resigned((m) => ({ ...m, encryption: { scheme: 'none' } })),
    },
    {
      name: 'manifest lists a wrong size',
      code: 'bundle.errors.entrySizeMismatch',
      build: () =>
        resigned((m) => ({
          ...m,
          entries: (m.entries as { size: number }[]).map((e) => ({ ...e, size: e.size + 1 })),
        })),
    },
    {
      name: 'manifest lists a wrong SHA-256',
      code: 'bundle.errors.entryDigestMismatch',
      build: () =>
        resigned((m) => ({
          ...m,
          entries: (m.entries as object[]).map((e) => ({ ...e, sha256: '0'.repeat(64) })),
        })),
    },
    {
      name: 'stale replay of an applied bundle',
      code: 'merge.reasons.alreadyImported',
      build: () => applied,
    },
  );
  return cases;
}

/** The honest content.json text of a bundle from `fresh`, as the scenario serializes it. */
let honestJson: string | undefined;
async function honestContent(): Promise<string> {
  if (honestJson === undefined) {
    await bundle(fresh, {
      content: (content) => {
        honestJson = JSON.stringify(content);
        return content;
      },
    });
  }
  return honestJson as string;
}

/** A bundle from `fresh` whose content.json text is rewritten (then signed and encrypted properly). */
async function contentText(change: (json: string) => string) {
  return bundle(fresh, { contentBytes: new TextEncoder().encode(change(await honestContent())) });
}

async function contentBytes(change: (bytes: Uint8Array) => Uint8Array) {
  return bundle(fresh, { contentBytes: change(new TextEncoder().encode(await honestContent())) });
}

function withInvalidUtf8(bytes: Uint8Array): Uint8Array {
  const text = new TextDecoder().decode(bytes);
  const at = new TextEncoder().encode(text.slice(0, text.indexOf('研究'))).length;
  const copy = bytes.slice();
  copy[at] = 0xff;
  return copy;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

async function mergeOne(name: string, bytes: Uint8Array) {
  const result = await office.dispatcher.invoke(
    'merge.importBundles',
    { files: [{ name, bytes }] },
    { language: 'en' },
  );
  if (!result.ok) throw new Error(result.message);
  return (result.value as MergeRunResult).reports[0]!;
}

function expectClearReason(
  reason: { code: string; params: Record<string, string | number>; message: string } | null,
) {
  expect(reason).not.toBeNull();
  const { code, params, message } = reason!;
  expect(message).not.toBe(code);
  expect(message).not.toMatch(/\{\{/);
  const chinese = translate('zh-CN', code, params);
  expect(chinese).not.toBe(code);
  expect(chinese).not.toMatch(/\{\{/);
}

beforeAll(async () => {
  scenario = createScenario({ seed: 'hostile-office', reviewers: 3, applications: 8, perReviewer: 4 });
  scenario.data.reviewers[2]!.enrolmentSecret = null;
  office = await openOfficeWorkspace(scenario);
  [enrolled, fresh, unenrollable] = scenario.reviewers as [
    ScenarioReviewer,
    ScenarioReviewer,
    ScenarioReviewer,
  ];
  applied = await bundle(enrolled);
  expect((await mergeOne('enrolled.pdrev', applied)).status).toBe('applied');
  base = await bundle(fresh);
});
afterAll(() => office.dispatcher.session.close());

describe('hostile review bundles', () => {
  it('has a corpus of at least 60 hostile bundles', () => {
    expect(hostileCases().length).toBeGreaterThanOrEqual(60);
  });

  it('refuses every hostile bundle with a clear reason and changes nothing', async () => {
    const refusedCodes = new Set<string>();
    for (const hostile of hostileCases()) {
      const bytes = await hostile.build();
      const before = workspaceDigest(office.db);
      const report = await mergeOne(`${hostile.name}.pdrev`, bytes);
      const expected = hostile.code === 'merge.reasons.alreadyImported' ? 'noop' : 'refused';
      expect.soft(report.status, hostile.name).toBe(expected);
      if (hostile.code) expect.soft(report.reason?.code, hostile.name).toBe(hostile.code);
      else expect.soft(report.reason?.code, hostile.name).toMatch(/^bundle\.errors\./);
      expectClearReason(report.reason);
      expect.soft(workspaceDigest(office.db), hostile.name).toBe(before);
      refusedCodes.add(report.reason?.code ?? '');
    }
    // The corpus exercises many distinct rules, not one rule many times.
    expect(refusedCodes.size).toBeGreaterThanOrEqual(40);
    // Every refusal is audit-logged; nothing else was written.
    expect(countRows(office.db, 'bundle_log')).toBe(1);
  });

  it('refuses every archive of the shared zip-malformed and zip-slip collections', async () => {
    const files = [
      ...readdirSync(path.join(external, 'zip-malformed/failure')).map((f) =>
        path.join(external, 'zip-malformed/failure', f),
      ),
      ...readdirSync(path.join(external, 'zip-slip'))
        .filter((f) => f.endsWith('.zip'))
        .map((f) => path.join(external, 'zip-slip', f)),
    ];
    expect(files.length).toBeGreaterThanOrEqual(26);
    const before = workspaceDigest(office.db);
    const result = await office.dispatcher.invoke(
      'merge.importFiles',
      { paths: files },
      { language: 'zh-CN' },
    );
    if (!result.ok) throw new Error(result.message);
    const { reports } = result.value as MergeRunResult;
    expect(reports).toHaveLength(files.length);
    for (const report of reports) {
      expect.soft(report.status, report.file).toBe('refused');
      expect.soft(report.reason?.code, report.file).toMatch(/^bundle\.errors\./);
      expectClearReason(report.reason);
    }
    expect(workspaceDigest(office.db)).toBe(before);
  });

  it('still applies the valid bundle the hostile ones were made from, next to hostile ones in one import', async () => {
    const hostile = await reassembled((e) => [...e, { name: '../../evil.sh', data: new Uint8Array([1]) }]);
    const result = await office.dispatcher.invoke(
      'merge.importBundles',
      {
        files: [
          { name: 'hostile.pdrev', bytes: hostile },
          { name: 'base.pdrev', bytes: base },
        ],
      },
      { language: 'en' },
    );
    if (!result.ok) throw new Error(result.message);
    expect((result.value as MergeRunResult).reports.map((r) => r.status)).toEqual(['refused', 'applied']);
  });
});
