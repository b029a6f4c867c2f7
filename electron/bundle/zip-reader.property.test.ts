import fc from 'fast-check';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { containerNameRules } from '../../shared/bundle/names';
import { AppError } from '../../shared/errors';
import { generateSigningKeyPair } from '../crypto/ed25519';
import { seededByteSource } from '../../shared/random/bytes';
import { openBundle, writeBundle } from './envelope';
import {
  CENTRAL_HEADER_BYTES,
  EOCD_BYTES,
  LOCAL_HEADER_BYTES,
  METHOD_STORED,
  put16,
  put32,
  u16,
  u32,
} from './zip-format';
import { readZip } from './zip-reader';

/**
 * Fuzzing the container reader with mutations of a valid results bundle (stored and deflated
 * entries, manifest and signature). The properties, for every mutation:
 *
 * 1. Byte-level mutations (flip, truncate, insert, delete, duplicate a range, edit a central-directory
 *    field, reorder or repeat central-directory records, point two records at one local header):
 *    `readZip` either refuses with an AppError or returns exactly the original entries (same names,
 *    same bytes). It never crashes and never returns different content.
 * 2. Self-consistent rewrites (an entry renamed in both headers, or a stored entry's bytes changed
 *    with both CRCs fixed): the container reader cannot tell these from a genuine archive, so they
 *    must not read back as the original, and `openBundle` (manifest digests and signature) refuses
 *    them with an AppError.
 */

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
const SEED = 20261127;
const allowedNames = containerNameRules('results-bundle');
const openOptions = { expectedKind: 'results-bundle', decrypt: 'none' } as const;

const bundle = await writeBundle({
  kind: 'results-bundle',
  bundleId: '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5',
  callId: 'call-1',
  callCode: 'GX-JQ-2026',
  createdAt: '2026-11-27T09:00:00.000Z',
  sender: { role: 'office', id: 'o-1' },
  recipient: { role: 'office', id: 'archive' },
  signingPrivateKey: generateSigningKeyPair(seededByteSource('zip-fuzz-sign')).privateKey,
  random: seededByteSource('zip-fuzz-write'),
  entries: [
    {
      name: 'content.json',
      bytes: enc(JSON.stringify({ ranking: Array.from({ length: 60 }, (_, i) => i) })),
    },
    { name: 'reports/ranking.csv', bytes: enc('rank,app\n1,A\n') },
  ],
  encryption: { scheme: 'none' },
});
const original = await readZip(bundle, { allowedNames });

interface CentralRecord {
  /** Offset of the record in the container. */
  at: number;
  length: number;
  name: string;
  nameLength: number;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** The central directory of the (valid, comment-free) original. */
function centralDirectory(bytes: Uint8Array): { offset: number; size: number; records: CentralRecord[] } {
  const end = bytes.length - EOCD_BYTES;
  const count = u16(bytes, end + 10);
  const size = u32(bytes, end + 12);
  const offset = u32(bytes, end + 16);
  const records: CentralRecord[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    const nameLength = u16(bytes, at + 28);
    const length = CENTRAL_HEADER_BYTES + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    records.push({
      at,
      length,
      name: new TextDecoder().decode(
        bytes.subarray(at + CENTRAL_HEADER_BYTES, at + CENTRAL_HEADER_BYTES + nameLength),
      ),
      nameLength,
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      localHeaderOffset: u32(bytes, at + 42),
    });
    at += length;
  }
  return { offset, size, records };
}

const directory = centralDirectory(bundle);
const storedRecords = directory.records.filter(
  (record) => record.method === METHOD_STORED && record.compressedSize > 0,
);
const recordIndex = fc.nat({ max: directory.records.length - 1 });

function splice(bytes: Uint8Array, start: number, remove: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - remove + insert.length);
  out.set(bytes.subarray(0, start));
  out.set(insert, start);
  out.set(bytes.subarray(start + remove), start + insert.length);
  return out;
}

/** The central directory rebuilt from `order` (indexes into the original records), counts fixed. */
function withRecords(order: number[]): Uint8Array {
  const parts = order.map((index) => {
    const record = directory.records[index]!;
    return bundle.subarray(record.at, record.at + record.length);
  });
  const size = parts.reduce((sum, part) => sum + part.length, 0);
  const out = splice(bundle, directory.offset, directory.size, new Uint8Array(size));
  let at = directory.offset;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  const end = out.length - EOCD_BYTES;
  put16(out, end + 8, order.length);
  put16(out, end + 10, order.length);
  put32(out, end + 12, size);
  return out;
}

type Mutation = { label: string; apply: (bytes: Uint8Array) => Uint8Array };

const byteLevel: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .record({ index: fc.nat({ max: bundle.length - 1 }), mask: fc.integer({ min: 1, max: 255 }) })
    .map(({ index, mask }) => ({
      label: `flip byte ${index} by ${mask}`,
      apply: (bytes: Uint8Array) => {
        const out = bytes.slice();
        out[index] = out[index]! ^ mask;
        return out;
      },
    })),
  fc.nat({ max: bundle.length - 1 }).map((keep) => ({
    label: `truncate to ${keep}`,
    apply: (bytes: Uint8Array) => bytes.slice(0, keep),
  })),
  fc
    .record({ index: fc.nat({ max: bundle.length }), insert: fc.uint8Array({ minLength: 1, maxLength: 32 }) })
    .map(({ index, insert }) => ({
      label: `insert ${insert.length} bytes at ${index}`,
      apply: (bytes: Uint8Array) => splice(bytes, index, 0, insert),
    })),
  fc
    .record({ index: fc.nat({ max: bundle.length - 1 }), length: fc.integer({ min: 1, max: 64 }) })
    .map(({ index, length }) => ({
      label: `delete ${length} bytes at ${index}`,
      apply: (bytes: Uint8Array) =>
        splice(bytes, index, Math.min(length, bytes.length - index), new Uint8Array()),
    })),
  fc
    .record({
      from: fc.nat({ max: bundle.length - 1 }),
      length: fc.integer({ min: 1, max: 64 }),
      to: fc.nat({ max: bundle.length }),
    })
    .map(({ from, length, to }) => ({
      label: `copy ${length} bytes from ${from} to ${to}`,
      apply: (bytes: Uint8Array) => splice(bytes, to, 0, bytes.slice(from, from + length)),
    })),
  fc
    .record({
      record: recordIndex,
      field: fc.integer({ min: 4, max: CENTRAL_HEADER_BYTES - 2 }),
      value: fc.nat({ max: 0xffff }),
    })
    .map(({ record, field, value }) => ({
      label: `central record ${record}: u16 at +${field} := ${value}`,
      apply: (bytes: Uint8Array) => {
        const out = bytes.slice();
        put16(out, directory.records[record]!.at + field, value);
        return out;
      },
    })),
  fc.record({ record: recordIndex, target: recordIndex }).map(({ record, target }) => ({
    label: `central record ${record} points at the local header of ${target}`,
    apply: (bytes: Uint8Array) => {
      const out = bytes.slice();
      put32(out, directory.records[record]!.at + 42, directory.records[target]!.localHeaderOffset);
      return out;
    },
  })),
  fc
    .shuffledSubarray(
      directory.records.map((_, index) => index),
      { minLength: 1 },
    )
    .map((order) => ({
      label: `central directory as records ${order.join(',')}`,
      apply: () => withRecords(order),
    })),
  fc
    .record({ record: recordIndex, position: fc.nat({ max: directory.records.length }) })
    .map(({ record, position }) => ({
      label: `central record ${record} repeated at ${position}`,
      apply: () => {
        const order = directory.records.map((_, index) => index);
        order.splice(position, 0, record);
        return withRecords(order);
      },
    })),
);

const selfConsistent: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .record({ record: recordIndex, position: fc.nat(), letter: fc.integer({ min: 0x61, max: 0x7a }) })
    .map(({ record, position, letter }) => {
      const entry = directory.records[record]!;
      const at = position % entry.nameLength;
      return {
        label: `rename ${entry.name}: byte ${at} := ${String.fromCharCode(letter)} in both headers`,
        apply: (bytes: Uint8Array) => {
          const out = bytes.slice();
          const central = entry.at + CENTRAL_HEADER_BYTES + at;
          // Always a different letter, so the name really changes.
          const changed = letter === out[central] ? (letter === 0x7a ? 0x61 : letter + 1) : letter;
          out[central] = changed;
          out[entry.localHeaderOffset + LOCAL_HEADER_BYTES + at] = changed;
          return out;
        },
      };
    }),
  fc
    .record({
      record: fc.nat({ max: storedRecords.length - 1 }),
      position: fc.nat(),
      mask: fc.integer({ min: 1, max: 255 }),
    })
    .map(({ record, position, mask }) => {
      const entry = storedRecords[record]!;
      const dataStart =
        entry.localHeaderOffset +
        LOCAL_HEADER_BYTES +
        u16(bundle, entry.localHeaderOffset + 26) +
        u16(bundle, entry.localHeaderOffset + 28);
      const at = dataStart + (position % entry.compressedSize);
      return {
        label: `${entry.name}: data byte ${at - dataStart} changed, both CRCs fixed`,
        apply: (bytes: Uint8Array) => {
          const out = bytes.slice();
          out[at] = out[at]! ^ mask;
          const crc = crc32(out.subarray(dataStart, dataStart + entry.compressedSize)) >>> 0;
          put32(out, entry.localHeaderOffset + 14, crc);
          put32(out, entry.at + 16, crc);
          return out;
        },
      };
    }),
);

function sameEntries(read: Map<string, Uint8Array>): boolean {
  if (read.size !== original.size) return false;
  for (const [name, bytes] of original) {
    const other = read.get(name);
    if (!other || Buffer.compare(other, bytes) !== 0) return false;
  }
  return true;
}

type Verdict = 'refused' | 'original' | 'different';

async function readBack(bytes: Uint8Array): Promise<Verdict> {
  try {
    return sameEntries(await readZip(bytes, { allowedNames })) ? 'original' : 'different';
  } catch (error) {
    if (error instanceof AppError) return 'refused';
    throw error;
  }
}

describe('the zip reader under mutation of a valid bundle', () => {
  it('reads the unmutated bundle, which has stored and deflated entries', async () => {
    expect(await readBack(bundle)).toBe('original');
    expect(storedRecords.length).toBeGreaterThan(0);
    expect(directory.records.some((record) => record.method !== METHOD_STORED)).toBe(true);
  });

  it('refuses a byte-level mutation or reads exactly the original entries, never crashes', async () => {
    const seen: Record<Verdict, number> = { refused: 0, original: 0, different: 0 };
    await fc.assert(
      fc.asyncProperty(byteLevel, async (mutation) => {
        const verdict = await readBack(mutation.apply(bundle));
        seen[verdict] += 1;
        return verdict !== 'different';
      }),
      { numRuns: 1500, seed: SEED },
    );
    // Most mutations hit something that matters; a generator that changed nothing would fail here.
    expect(seen.refused).toBeGreaterThan(seen.original);
  });

  it('lets the signature check refuse a rewrite the container alone cannot tell apart', async () => {
    await fc.assert(
      fc.asyncProperty(selfConsistent, async (mutation) => {
        const mutated = mutation.apply(bundle);
        if ((await readBack(mutated)) === 'original') return false;
        try {
          await openBundle(mutated, openOptions);
          return false;
        } catch (error) {
          return error instanceof AppError;
        }
      }),
      { numRuns: 200, seed: SEED },
    );
  });
});
