import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { containerNameRules, type NameRule } from '../../shared/bundle/names';
import type { ZipLimits } from '../../shared/bundle/limits';
import { openZip, readZip } from './zip-reader';
import { writeZip } from './zip-writer';

const external = join(import.meta.dirname, '../../test/fixtures/external');
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const ANY_SAFE: NameRule[] = [/.*/];

async function refusal(
  source: string | Uint8Array,
  allowedNames: readonly NameRule[],
  limits?: Partial<ZipLimits>,
): Promise<AppError> {
  try {
    await readZip(source, { allowedNames, limits });
  } catch (e) {
    if (e instanceof AppError) return e;
    throw new Error(`crashed instead of refusing: ${String(e)}`);
  }
  throw new Error('accepted');
}

// ---------------------------------------------------------------------------------------------
// A raw ZIP builder for hand-made malformed archives.

interface RawEntry {
  name: string | Uint8Array;
  /** Bytes as stored (already compressed if method 8). */
  data: Uint8Array;
  method?: number;
  flags?: number;
  crc?: number;
  csize?: number;
  usize?: number;
  extra?: Uint8Array;
  localExtra?: Uint8Array;
  localName?: string;
  localFlags?: number;
  localCrc?: number;
  /** Append a data descriptor (bit 3 must be set in flags). */
  descriptor?: 'signed' | 'unsigned';
  descriptorCrc?: number;
}

function le(bytes: number, v: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes; i++) out.push(Math.floor(v / 2 ** (8 * i)) & 0xff);
  return out;
}

function buildZip(
  entries: RawEntry[],
  opts: { comment?: Uint8Array; prefix?: Uint8Array; gapAfterFirst?: number } = {},
): Uint8Array {
  const parts: number[] = [...(opts.prefix ?? [])];
  const central: number[] = [];
  entries.forEach((e, i) => {
    const name = typeof e.name === 'string' ? enc(e.name) : e.name;
    const localName = e.localName !== undefined ? enc(e.localName) : name;
    const flags = e.flags ?? 0x0800;
    const method = e.method ?? 0;
    const crc = e.crc ?? crc32(method === 8 ? new Uint8Array(0) : e.data) >>> 0;
    const csize = e.csize ?? e.data.length;
    const usize = e.usize ?? e.data.length;
    const extra = e.extra ?? new Uint8Array(0);
    const localExtra = e.localExtra ?? new Uint8Array(0);
    const offset = parts.length;
    const deferred = e.descriptor !== undefined;
    parts.push(
      ...le(4, 0x04034b50),
      ...le(2, 20),
      ...le(2, e.localFlags ?? flags),
      ...le(2, method),
      ...le(2, 0),
      ...le(2, 0x21),
      ...le(4, deferred ? 0 : (e.localCrc ?? crc)),
      ...le(4, deferred ? 0 : csize),
      ...le(4, deferred ? 0 : usize),
      ...le(2, localName.length),
      ...le(2, localExtra.length),
      ...localName,
      ...localExtra,
      ...e.data,
    );
    if (e.descriptor === 'signed') parts.push(...le(4, 0x08074b50));
    if (deferred) parts.push(...le(4, e.descriptorCrc ?? crc), ...le(4, csize), ...le(4, usize));
    if (i === 0 && opts.gapAfterFirst) parts.push(...new Array<number>(opts.gapAfterFirst).fill(0));
    central.push(
      ...le(4, 0x02014b50),
      ...le(2, 20),
      ...le(2, 20),
      ...le(2, flags),
      ...le(2, method),
      ...le(2, 0),
      ...le(2, 0x21),
      ...le(4, crc),
      ...le(4, csize),
      ...le(4, usize),
      ...le(2, name.length),
      ...le(2, extra.length),
      ...le(2, 0),
      ...le(2, 0),
      ...le(2, 0),
      ...le(4, 0),
      ...le(4, offset),
      ...name,
      ...extra,
    );
  });
  const cdOffset = parts.length;
  const comment = opts.comment ?? new Uint8Array(0);
  parts.push(
    ...central,
    ...le(4, 0x06054b50),
    ...le(2, 0),
    ...le(2, 0),
    ...le(2, entries.length),
    ...le(2, entries.length),
    ...le(4, central.length),
    ...le(4, cdOffset),
    ...le(2, comment.length),
    ...comment,
  );
  return new Uint8Array(parts);
}

function deflated(data: Uint8Array, declared?: number): RawEntry {
  return {
    name: 'a.txt',
    data: deflateRawSync(data),
    method: 8,
    crc: crc32(data) >>> 0,
    usize: declared ?? data.length,
  };
}

// ---------------------------------------------------------------------------------------------

describe('ZIP writer ⇄ reader', () => {
  const entries = [
    { name: 'manifest.json', bytes: enc('{"a":1}') },
    { name: 'payload/content.json', bytes: enc(JSON.stringify({ text: '评审意见 '.repeat(500) })) },
    { name: 'payload/empty.bin', bytes: new Uint8Array(0) },
    { name: 'payload/random.bin', bytes: new Uint8Array(randomBytes(1000)) },
  ];

  it('round-trips from memory and from a file, and is deterministic', async () => {
    const zip = writeZip(entries);
    expect(writeZip(entries)).toEqual(zip);
    const got = await readZip(zip, { allowedNames: ANY_SAFE });
    expect([...got.keys()]).toEqual(entries.map((e) => e.name));
    for (const e of entries) expect(got.get(e.name)).toEqual(e.bytes);

    const dir = mkdtempSync(join(tmpdir(), 'peerdesk-zip-'));
    try {
      const path = join(dir, 'x.zip');
      writeFileSync(path, zip);
      const fromFile = await readZip(path, { allowedNames: ANY_SAFE });
      for (const e of entries) expect(fromFile.get(e.name)).toEqual(e.bytes);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('deflates compressible entries only, sorts on request, and gives entry metadata', async () => {
    const zip = writeZip(entries, { sort: true });
    const archive = await openZip(zip, { allowedNames: ANY_SAFE });
    try {
      expect(archive.entries.map((e) => e.name)).toEqual([...entries.map((e) => e.name)].sort());
      expect(archive.get('payload/content.json')?.method).toBe(8);
      expect(archive.get('payload/empty.bin')?.method).toBe(0);
      expect(archive.get('payload/random.bin')?.method).toBe(0);
      expect(archive.size).toBe(zip.length);
      expect(await archive.readRange(0, 4)).toEqual(new Uint8Array([0x50, 0x4b, 3, 4]));
      await expect(archive.read('nope')).rejects.toMatchObject({ code: 'bundle.errors.zipEntryNotFound' });
    } finally {
      await archive.close();
    }
  });

  it('refuses unsafe or duplicate names when writing', () => {
    const codeOf = (name: string, extra?: string): string => {
      try {
        writeZip([
          { name, bytes: new Uint8Array(1) },
          ...(extra ? [{ name: extra, bytes: new Uint8Array(1) }] : []),
        ]);
        return 'accepted';
      } catch (e) {
        return (e as AppError).code;
      }
    };
    expect(codeOf('../x')).toBe('bundle.errors.zipNameTraversal');
    expect(codeOf('/x')).toBe('bundle.errors.zipNameAbsolute');
    expect(codeOf('a\\b')).toBe('bundle.errors.zipNameBackslash');
    expect(codeOf('a', 'A')).toBe('bundle.errors.zipDuplicateName');
    expect(codeOf('x'.repeat(300))).toBe('bundle.errors.zipNameTooLong');
  });

  it('reads a well-formed archive with data descriptors (signed and unsigned)', async () => {
    const data = enc('hello hello hello hello');
    const zip = buildZip([
      { name: 'a.txt', data, flags: 0x0808, descriptor: 'signed' },
      { ...deflated(data), name: 'b.txt', flags: 0x0808, descriptor: 'unsigned' },
    ]);
    const got = await readZip(zip, { allowedNames: ANY_SAFE });
    expect(got.get('a.txt')).toEqual(data);
    expect(got.get('b.txt')).toEqual(data);
  });

  it('accepts UTF-8 names with the UTF-8 flag and refuses non-ASCII names without it', async () => {
    const ok = buildZip([{ name: 'payload/评审.txt', data: enc('x') }]);
    expect((await readZip(ok, { allowedNames: ANY_SAFE })).has('payload/评审.txt')).toBe(true);
    const noFlag = buildZip([{ name: 'payload/评审.txt', data: enc('x'), flags: 0 }]);
    expect((await refusal(noFlag, ANY_SAFE)).code).toBe('bundle.errors.zipNameEncoding');
    const invalid = buildZip([{ name: new Uint8Array([0x61, 0xff, 0x62]), data: enc('x') }]);
    expect((await refusal(invalid, ANY_SAFE)).code).toBe('bundle.errors.zipNameEncoding');
  });
});

describe('yauzl malformed archives', () => {
  const dir = join(external, 'zip-malformed/failure');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.zip'))
    .sort();
  const permissive: Partial<ZipLimits> = {
    maxEntryBytes: 2 ** 32,
    maxTotalBytes: 2 ** 33,
    maxCompressionRatio: 1e9,
  };
  const names: NameRule[] = [/^[a-z]\.txt$/, 'index.js', 'zeros.bin'];
  // yauzl's message (the file name) → our code. Where yauzl reports a zip64 detail, we refuse zip64
  // outright; where it reports a traversal, we name the exact rule that was broken.
  const expected: Record<string, string> = {
    'End of central directory record signature not found Either not a zip file or file is truncated':
      'zipNoEndRecord',
    'End of central directory record signature not found Either not a zip file or file is truncated_1':
      'zipNoEndRecord',
    'Invalid comment length Expected 1 Found 0 Are there extra bytes at the end of the file Or is the end of central dir signature PK in the com':
      'zipCommentLength',
    'absolute path C xt': 'zipNameDriveLetter',
    'absolute path atxt': 'zipNameAbsolute',
    'compressed uncompressed size mismatch for stored file 2147483647 5': 'zipStoredSizeMismatch',
    'extra field length exceeds extra field buffer size': 'zipBadExtraField',
    'file data overflows file bounds 63 2147483647 308': 'zipDataOutOfBounds',
    'invalid central directory file header signature 0x1014b50': 'zipBadCentralHeader',
    'invalid characters in fileName a txt': 'zipNameBackslash',
    'invalid code lengths set': 'zipInflateFailed',
    'invalid local file header signature 0x3034b50': 'zipBadLocalHeader',
    'invalid relative path xt': 'zipNameTraversal',
    'invalid zip64 end of central directory record signature': 'zipZip64',
    'multi-disk zip files are not supported found disk number 1': 'zipMultiDisk',
    // These two lie in the central directory only; the local header disagrees, which we refuse first.
    'not enough bytes in the stream expected 2048576 got only 1000000': 'zipHeaderMismatch',
    'strong encryption is not supported': 'zipEncrypted',
    'too many bytes in the stream expected 82496 got at least 98304': 'zipHeaderMismatch',
    'too many length or distance symbols': 'zipInflateFailed',
    'unexpected EOF': 'zipZip64',
    'unsupported compression method 1': 'zipUnsupportedMethod',
    'zip64 extended information extra field does not include compressed size': 'zipZip64',
    'zip64 extended information extra field does not include relative header offset': 'zipZip64',
    'zip64 extended information extra field does not include uncompressed size': 'zipZip64',
  };

  it('has all 24 files and a mapping for each', () => {
    expect(files.length).toBe(24);
    expect(files.map((f) => f.replace(/\.zip$/, '')).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const f of files) {
    const key = f.replace(/\.zip$/, '');
    it(`refuses “${key.slice(0, 70)}” with ${expected[key] ?? '?'}, from memory and from the file`, async () => {
      const bytes = new Uint8Array(readFileSync(join(dir, f)));
      const fromMemory = await refusal(bytes, names, permissive);
      expect(fromMemory.code).toBe(`bundle.errors.${expected[key]}`);
      if (expected[key] === 'zipHeaderMismatch') expect(fromMemory.params.field).toBe('uncompressed size');
      const fromFile = await refusal(join(dir, f), names, permissive);
      expect(fromFile.code).toBe(fromMemory.code);
      // With the real bundle allow-list and default limits: refused too.
      await refusal(bytes, containerNameRules('assignment-package'));
    });
  }
});

describe('zip-slip archives', () => {
  const dir = join(external, 'zip-slip');
  const work = mkdtempSync(join(tmpdir(), 'peerdesk-slip-'));
  afterAll(() => rmSync(work, { recursive: true }));

  it.each([
    ['zip-slip.zip', 'zipNameTraversal'],
    ['zip-slip-win.zip', 'zipNameBackslash'],
  ])('refuses %s (%s) even with an allow-everything list, writing nothing', async (file, code) => {
    const evilBefore = existsSync('/tmp/evil.txt');
    const here = join(work, file.replace('.zip', ''));
    mkdirSync(here);
    const copy = join(here, file);
    writeFileSync(copy, readFileSync(join(dir, file)));
    mkdirSync(join(here, 'target'));
    const e = await refusal(copy, ANY_SAFE);
    expect(e.code).toBe(`bundle.errors.${code}`);
    expect(String(e.params.entry)).toContain('evil.txt');
    expect(readdirSync(join(here, 'target'))).toEqual([]);
    expect(readdirSync(here).sort()).toEqual([file, 'target'].sort());
    expect(existsSync('/tmp/evil.txt')).toBe(evilBefore);
  });
});

describe('limits', () => {
  it('refuses too many entries, too-large entries and totals, and oversize files', async () => {
    const three = writeZip(['a', 'b', 'c'].map((name) => ({ name, bytes: enc(name.repeat(100)) })));
    expect((await refusal(three, ANY_SAFE, { maxEntries: 2 })).code).toBe('bundle.errors.zipTooManyEntries');
    expect((await refusal(three, ANY_SAFE, { maxEntryBytes: 99 })).code).toBe(
      'bundle.errors.zipEntryTooLarge',
    );
    expect((await refusal(three, ANY_SAFE, { maxTotalBytes: 299 })).code).toBe(
      'bundle.errors.zipTotalTooLarge',
    );
    expect((await refusal(three, ANY_SAFE, { maxFileBytes: three.length - 1 })).code).toBe(
      'bundle.errors.zipFileTooLarge',
    );
    const dir = mkdtempSync(join(tmpdir(), 'peerdesk-zip-'));
    try {
      writeFileSync(join(dir, 'x.zip'), three);
      expect((await refusal(join(dir, 'x.zip'), ANY_SAFE, { maxFileBytes: 10 })).code).toBe(
        'bundle.errors.zipFileTooLarge',
      );
      expect((await refusal(dir, ANY_SAFE)).code).toBe('bundle.errors.zipNotAFile');
      expect((await refusal(join(dir, 'missing.zip'), ANY_SAFE)).code).toBe('bundle.errors.zipReadFailed');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('refuses a zip bomb by its compression ratio before inflating', async () => {
    const bomb = writeZip([{ name: 'a.txt', bytes: new Uint8Array(20 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(100_000);
    const e = await refusal(bomb, ANY_SAFE);
    expect(e.code).toBe('bundle.errors.zipRatioTooHigh');
    expect(e.params.entry).toBe('a.txt');
  });

  it('never inflates past the declared size when an entry lies about it', async () => {
    const big = new Uint8Array(50 * 1024 * 1024); // 50 MiB of zeros, declared as 1 000 bytes
    const lying = buildZip([deflated(big, 1000)]);
    const e = await refusal(lying, ANY_SAFE, { maxCompressionRatio: 1e9 });
    expect(e.code).toBe('bundle.errors.zipSizeMismatch');
    const short = buildZip([deflated(enc('abc'), 10)]);
    expect((await refusal(short, ANY_SAFE)).code).toBe('bundle.errors.zipSizeMismatch');
  });

  it('refuses names over the length limit', async () => {
    const zip = buildZip([{ name: 'x'.repeat(300), data: enc('x') }]);
    expect((await refusal(zip, ANY_SAFE)).code).toBe('bundle.errors.zipNameTooLong');
  });
});

describe('structural checks', () => {
  const data = enc('hello');
  const ok: RawEntry = { name: 'a.txt', data };

  it('accepts the hand-built baseline', async () => {
    expect((await readZip(buildZip([ok, { ...ok, name: 'b.txt' }]), { allowedNames: ANY_SAFE })).size).toBe(
      2,
    );
  });

  it.each<[string, Uint8Array, string]>([
    ['a CRC mismatch', buildZip([{ ...ok, crc: 1234 }]), 'zipCrcMismatch'],
    ['a duplicate name', buildZip([ok, ok]), 'zipDuplicateName'],
    ['a case-insensitive duplicate', buildZip([ok, { ...ok, name: 'A.TXT' }]), 'zipDuplicateName'],
    ['a name outside the allow-list', buildZip([{ ...ok, name: 'evil.exe' }]), 'zipNameNotAllowed'],
    ['a NUL in a name', buildZip([{ ...ok, name: 'a.txt\u0000.pdf' }]), 'zipNameControlChar'],
    ['a directory entry', buildZip([{ ...ok, name: 'dir/', data: new Uint8Array(0) }]), 'zipNameMalformed'],
    ['a "." segment', buildZip([{ ...ok, name: './a.txt' }]), 'zipNameMalformed'],
    ['an empty name', buildZip([{ ...ok, name: '' }]), 'zipNameEmpty'],
    ['traditional encryption', buildZip([{ ...ok, flags: 0x0801 }]), 'zipEncrypted'],
    ['an unknown flag bit', buildZip([{ ...ok, flags: 0x0810 }]), 'zipUnsupportedFlags'],
    ['method 12 (bzip2)', buildZip([{ ...ok, method: 12 }]), 'zipUnsupportedMethod'],
    [
      'a Unicode-path extra field',
      buildZip([{ ...ok, extra: new Uint8Array([0x75, 0x70, 1, 0, 1]) }]),
      'zipNameAmbiguous',
    ],
    [
      'a truncated extra field',
      buildZip([{ ...ok, extra: new Uint8Array([1, 0, 9, 0, 1]) }]),
      'zipBadExtraField',
    ],
    [
      'a bad local extra field',
      buildZip([{ ...ok, localExtra: new Uint8Array([1, 0, 9]) }]),
      'zipBadExtraField',
    ],
    ['local name ≠ central name', buildZip([{ ...ok, localName: 'b.txt' }]), 'zipHeaderMismatch'],
    ['local flags ≠ central flags', buildZip([{ ...ok, localFlags: 0x0802 }]), 'zipHeaderMismatch'],
    ['local CRC ≠ central CRC', buildZip([{ ...ok, localCrc: 7 }]), 'zipHeaderMismatch'],
    [
      'a wrong data descriptor',
      buildZip([{ ...ok, flags: 0x0808, descriptor: 'signed', descriptorCrc: 5 }]),
      'zipHeaderMismatch',
    ],
    ['bytes before the first entry', buildZip([ok], { prefix: new Uint8Array(10) }), 'zipLayout'],
    ['a gap between entries', buildZip([ok, { ...ok, name: 'b.txt' }], { gapAfterFirst: 3 }), 'zipLayout'],
    ['trailing bytes', new Uint8Array([...buildZip([ok]), 0]), 'zipCommentLength'],
    ['a truncated file', buildZip([ok]).subarray(0, 60), 'zipNoEndRecord'],
    ['an empty file', new Uint8Array(0), 'zipNoEndRecord'],
  ])('refuses %s', async (_label, zip, code) => {
    expect(
      (await refusal(zip, [/^[a-z]\.txt$/i, 'a.txt\u0000.pdf', 'dir/', './a.txt', '', 'x'.repeat(10)])).code,
    ).toBe(`bundle.errors.${code}`);
  });

  it('accepts a comment that ends exactly at the end of the file', async () => {
    const zip = buildZip([ok], { comment: enc('hello PK\u0005\u0006 comment') });
    expect((await readZip(zip, { allowedNames: ANY_SAFE })).get('a.txt')).toEqual(data);
  });

  it('refuses an overlapping second entry (shared data, the "better zip bomb")', async () => {
    const zip = buildZip([ok, { ...ok, name: 'b.txt' }]);
    // Point the second central record at the first local header.
    const cdOffset = new DataView(zip.buffer).getUint32(zip.length - 6, true);
    const secondCentral = cdOffset + 46 + 5;
    const patched = zip.slice();
    new DataView(patched.buffer).setUint32(secondCentral + 42, 0, true);
    expect((await refusal(patched, ANY_SAFE)).code).toMatch(/zipLayout|zipHeaderMismatch/);
  });

  it('uses regexes with the g flag safely and matches whole names only', async () => {
    const zip = buildZip([ok, { ...ok, name: 'b.txt' }]);
    expect((await readZip(zip, { allowedNames: [/[a-z]\.txt/g] })).size).toBe(2);
    expect((await refusal(zip, [/a/])).code).toBe('bundle.errors.zipNameNotAllowed');
  });
});
