/**
 * Ballot merge + tally benchmark: `npx tsx bench/ballot-merge.bench.ts`
 *
 * 300 shortlisted applications × 15 members, one conflicted member on every tenth application
 * (4,455 ballots). Each member's ballots are one real ballot bundle: signed with the member's
 * Ed25519 key, encrypted to the office's X25519 key, written to disk (setup, not timed). Timed:
 * `runMerge` of the 15 files into a fresh workspace copy (as `peerdesk merge` runs it: verify,
 * check membership, shortlist and conflicts, apply, log), then `panelTally` of the merged ballots.
 * The floor, measured in the same run on another copy: the same ballots written straight into the
 * workspace in one transaction with one prepared statement (no reading, decrypting, verifying or
 * checking), and the ratio of
 * the merge's median to it.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/connection';
import { insertKeyPair } from '../db/repositories/keys';
import { ballotUpsert, type StoredBallot } from '../db/repositories/panel';
import { createMergeStore } from '../db/repositories/merge';
import { canonicalBytes } from '../shared/canonical/jcs';
import { base64urlDecode } from '../shared/bundle/encoding';
import { seededByteSource } from '../shared/random';
import { writeBundle } from '../electron/bundle/envelope';
import { generateEncryptionKeyPair, generateSigningKeyPair } from '../electron/crypto';
import { runMerge } from '../electron/merge/merge-run';
import { ballotDigest } from '../electron/panel/ballots';
import { panelTally } from '../electron/panel/tally';
import { benchVote, PANEL_BENCH_AT as at, seedPanelBenchCall } from './support/panel/panel-call';
import { bestAndMedian, reportTimes } from './support/timing';

const APPLICATIONS = 300;
const MEMBERS = 15;
const RUNS = 5;
const random = seededByteSource('bench-ballots');
const dir = mkdtempSync(path.join(os.tmpdir(), 'peerdesk-bench-ballots-'));
const template = path.join(dir, 'office.sqlite');
const db = openDatabase(template, { create: true });
const members = Array.from({ length: MEMBERS }, (_, j) => ({
  id: `m-${j}`,
  name: `Member ${j}`,
  key: generateSigningKeyPair(random),
}));
const { applications, conflicted } = seedPanelBenchCall(db, APPLICATIONS, members);
const office = generateEncryptionKeyPair(random);
db.transaction(() => {
  insertKeyPair(db, {
    id: 'office-enc',
    purpose: 'office-encryption',
    publicKey: office.publicKey,
    privateKey: base64urlDecode(office.privateKey) ?? new Uint8Array(),
    protection: 'none',
    createdAt: at,
  });
  const store = createMergeStore(db);
  for (const member of members) store.enrol(member.id, member.key.publicKey);
})();
db.pragma('wal_checkpoint(TRUNCATE)');
db.close();

const files: string[] = [];
/** Every ballot the bundles carry, with its member: what the floor writes raw. */
const written: { reviewerId: string; ballot: Omit<StoredBallot, 'reviewerId'> }[] = [];
for (const [j, member] of members.entries()) {
  const ballots = applications
    .filter((application) => !(member.id === 'm-0' && conflicted.has(application.id)))
    .map((application, i) => {
      const ballot = {
        applicationId: application.id,
        ...benchVote(i, j),
        comment: '建议资助',
        revision: 1,
      };
      return { ...ballot, digest: ballotDigest({ ...ballot, reviewerId: member.id }) };
    });
  for (const ballot of ballots) {
    written.push({
      reviewerId: member.id,
      ballot: { ...ballot, source: 'bundle', enteredBy: null, receivedAt: at },
    });
  }
  const content = {
    reviewerId: member.id,
    packageVersion: 1,
    exportedAt: at,
    enrolment: { signingPublicKey: member.key.publicKey, hmac: '-' },
    ballots,
  };
  const bytes = await writeBundle({
    kind: 'ballot-bundle',
    bundleId: `00000000-0000-4000-8000-${String(j).padStart(12, '0')}`,
    callId: 'call',
    callCode: 'BENCH',
    sender: { role: 'reviewer', id: member.id, name: member.name },
    recipient: { role: 'office', id: 'office' },
    createdAt: at,
    entries: [{ name: 'content.json', bytes: canonicalBytes(content) }],
    signingPrivateKey: member.key.privateKey,
    encryption: { scheme: 'publicKey', recipientPublicKey: office.publicKey },
    random,
  });
  const file = path.join(dir, `m-${j}.pdballot`);
  writeFileSync(file, bytes);
  files.push(file);
}

const merges: number[] = [];
const tallies: number[] = [];
const floors: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  const floorCopy = path.join(dir, `floor-${run}.sqlite`);
  copyFileSync(template, floorCopy);
  const raw = openDatabase(floorCopy, { create: false });
  const f0 = performance.now();
  const write = ballotUpsert(raw);
  raw.transaction(() => {
    for (const { reviewerId, ballot } of written) write('call', { ...ballot, reviewerId });
  })();
  floors.push(performance.now() - f0);
  raw.close();

  const copy = path.join(dir, `run-${run}.sqlite`);
  copyFileSync(template, copy);
  const workspace = openDatabase(copy, { create: false });
  const t0 = performance.now();
  const result = await runMerge(
    files.map((file) => ({ name: path.basename(file), source: file })),
    {
      db: workspace,
      services: { now: () => new Date(at) },
      language: 'en',
      signal: new AbortController().signal,
      progress: () => undefined,
      workers: 0,
    },
  );
  const t1 = performance.now();
  const tally = panelTally(workspace, 'call', null);
  const t2 = performance.now();
  if (result.reports.some((report) => report.status !== 'applied')) throw new Error('a bundle was refused');
  if (
    tally.applications.reduce((sum, row) => sum + row.present, 0) !==
    APPLICATIONS * MEMBERS - conflicted.size
  ) {
    throw new Error('the tally misses ballots');
  }
  merges.push(t1 - t0);
  tallies.push(t2 - t1);
  workspace.close();
}
console.log(`${APPLICATIONS} shortlisted × ${MEMBERS} members, ${files.length} ballot bundles`);
reportTimes('floor: the same ballots written raw', floors);
reportTimes('merge of the ballot bundles (runMerge)', merges);
console.log(
  `merge median ratio to the floor: ${(bestAndMedian(merges).median / bestAndMedian(floors).median).toFixed(1)}×`,
);
reportTimes('tally after the merge (panelTally)', tallies);
reportTimes(
  'merge + tally',
  merges.map((m, i) => m + (tallies[i] ?? 0)),
);
