import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { parseJsonBytes } from './parse';

const dir = join(import.meta.dirname, '../../test/fixtures/external/json-test-suite/test_parsing');
const files = readdirSync(dir).sort();
const read = (f: string): Uint8Array => new Uint8Array(readFileSync(join(dir, f)));

function outcome(f: string, iJson: boolean): 'ok' | 'refused' {
  try {
    parseJsonBytes(read(f), { entry: f, iJson });
    return 'ok';
  } catch (e) {
    if (!(e instanceof AppError)) throw new Error(`${f}: crashed with ${String(e)}`);
    expect(e.code).toMatch(/^bundle\.errors\.json[A-Z]/);
    expect(e.params.entry).toBe(f);
    return 'refused';
  }
}

describe('parseJsonBytes against nst/JSONTestSuite', () => {
  it('has all 318 files', () => {
    expect(files.length).toBe(318);
  });

  it('parses every y_ file', () => {
    const failed = files.filter((f) => f.startsWith('y_') && outcome(f, false) !== 'ok');
    expect(failed).toEqual([]);
  });

  it('refuses every n_ file with an AppError (default and I-JSON modes)', () => {
    const accepted = files.filter(
      (f) => f.startsWith('n_') && (outcome(f, false) !== 'refused' || outcome(f, true) !== 'refused'),
    );
    expect(accepted).toEqual([]);
  });

  it('never crashes on an i_ file, in either mode', () => {
    const results = files
      .filter((f) => f.startsWith('i_'))
      .map((f) => [f, outcome(f, false), outcome(f, true)]);
    expect(results.length).toBe(35);
    // Invalid UTF-8 is always refused; BOMs are always refused.
    for (const [f, plain] of results) {
      if (
        /invalid_utf-8|UTF-8_invalid|lone_utf8|not_in_unicode|truncated-utf-8|iso_latin|overlong|UTF-16|BOM/i.test(
          f ?? '',
        )
      ) {
        expect(plain, f).toBe('refused');
      }
    }
  });

  it('in I-JSON mode refuses only the duplicate-key y_ files', () => {
    const refused = files.filter((f) => f.startsWith('y_') && outcome(f, true) === 'refused');
    expect(refused).toEqual(['y_object_duplicated_key.json', 'y_object_duplicated_key_and_value.json']);
  });
});

describe('parseJsonBytes limits and messages', () => {
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  const codeOf = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      if (e instanceof AppError) return e.code;
      throw e;
    }
    return 'accepted';
  };

  it('bounds nesting depth without touching the stack', () => {
    expect(codeOf(() => parseJsonBytes(enc('['.repeat(64) + ']'.repeat(64))))).toBe('accepted');
    expect(codeOf(() => parseJsonBytes(enc('['.repeat(65) + ']'.repeat(65))))).toBe(
      'bundle.errors.jsonTooDeep',
    );
    expect(codeOf(() => parseJsonBytes(enc('{"a":'.repeat(1_000_000))))).toBe('bundle.errors.jsonTooDeep');
    expect(codeOf(() => parseJsonBytes(enc('[[[1]]]'), { maxDepth: 2 }))).toBe('bundle.errors.jsonTooDeep');
    // Brackets inside strings do not count.
    expect(codeOf(() => parseJsonBytes(enc(JSON.stringify('['.repeat(1000))), { maxDepth: 1 }))).toBe(
      'accepted',
    );
  });

  it('refuses BOM, bad UTF-8, oversize input, and reports the entry', () => {
    expect(codeOf(() => parseJsonBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])))).toBe(
      'bundle.errors.jsonByteOrderMark',
    );
    expect(codeOf(() => parseJsonBytes(new Uint8Array([0x22, 0xc3, 0x28, 0x22])))).toBe(
      'bundle.errors.jsonInvalidUtf8',
    );
    expect(codeOf(() => parseJsonBytes(enc('[1,2]'), { maxBytes: 4 }))).toBe('bundle.errors.jsonTooLarge');
    try {
      parseJsonBytes(enc('{"a":}'), { entry: 'payload/content.json' });
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('bundle.errors.jsonSyntax');
      expect((e as AppError).params.entry).toBe('payload/content.json');
    }
  });

  it('I-JSON mode finds escaped duplicates and lone surrogates but not look-alikes', () => {
    expect(codeOf(() => parseJsonBytes(enc('{"a":1,"\\u0061":2}'), { iJson: true }))).toBe(
      'bundle.errors.jsonDuplicateKey',
    );
    expect(codeOf(() => parseJsonBytes(enc('{"a":{"a":1},"b":"a","c":["a","a"]}'), { iJson: true }))).toBe(
      'accepted',
    );
    expect(codeOf(() => parseJsonBytes(enc('["\\ud800"]'), { iJson: true }))).toBe(
      'bundle.errors.jsonLoneSurrogate',
    );
    expect(codeOf(() => parseJsonBytes(enc('["\\ud83d\\ude00"]'), { iJson: true }))).toBe('accepted');
  });
});
