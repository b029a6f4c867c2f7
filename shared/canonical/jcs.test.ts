import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { canonicalBytes, canonicalize } from './jcs';

const dir = join(import.meta.dirname, '../../test/fixtures/external/rfc8785-jcs');

describe('RFC 8785 canonical JSON', () => {
  const inputs = readdirSync(join(dir, 'testdata/input')).filter((f) => f.endsWith('.json'));

  it('has the upstream test data', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of inputs) {
    it(`canonicalizes ${file} exactly like the reference (text and bytes)`, () => {
      const input: unknown = JSON.parse(readFileSync(join(dir, 'testdata/input', file), 'utf8'));
      const expected = readFileSync(join(dir, 'testdata/output', file), 'utf8');
      expect(canonicalize(input)).toBe(expected);
      const hex = readFileSync(join(dir, 'testdata/outhex', file.replace(/\.json$/, '.txt')), 'utf8')
        .split(/\s+/)
        .filter((s) => s !== '')
        .join('');
      expect(Buffer.from(canonicalBytes(input)).toString('hex')).toBe(hex.toLowerCase());
    });
  }

  it('serializes all 10,000 numbers of es6testfile10k.txt as ES6 does', () => {
    const lines = readFileSync(join(dir, 'es6testfile10k.txt'), 'utf8').split('\n');
    const view = new DataView(new ArrayBuffer(8));
    let checked = 0;
    for (const line of lines) {
      if (line === '') continue;
      const [hex, expected] = line.split(',');
      view.setBigUint64(0, BigInt(`0x${hex}`));
      expect(canonicalize(view.getFloat64(0)), line).toBe(expected);
      checked++;
    }
    expect(checked).toBe(10_000);
  });

  it('sorts keys by UTF-16 code units, recursively, and drops undefined members', () => {
    expect(canonicalize({ b: [{ z: 1, a: 2 }], a: null, '\u{1F600}': 1, '\uFFFF': 2, c: undefined })).toBe(
      '{"a":null,"b":[{"a":2,"z":1}],"\u{1F600}":1,"\uFFFF":2}',
    );
    expect(canonicalize(-0)).toBe('0');
    expect(canonicalize('\u0000\u001f\u007f"\\/')).toBe('"\\u0000\\u001f\u007f\\"\\\\/"');
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a lone high surrogate', 'a\uD800'],
    ['a lone low surrogate as key', { '\uDC00': 1 }],
    ['undefined', undefined],
    ['undefined in an array', [undefined]],
    ['a bigint', 1n],
    ['a function', () => 1],
    ['a Date', new Date(0)],
    ['a Map', new Map()],
    ['a symbol key', { [Symbol('x')]: 1 }],
  ])('refuses %s', (_label, value) => {
    expect(() => canonicalize(value)).toThrow(AppError);
    try {
      canonicalize(value);
    } catch (e) {
      expect((e as AppError).code).toBe('bundle.errors.canonicalUnsupported');
    }
  });

  it('refuses cycles and absurd nesting', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => canonicalize(a)).toThrow(AppError);
    let deep: unknown = 1;
    for (let i = 0; i < 1000; i++) deep = [deep];
    expect(() => canonicalize(deep)).toThrow(AppError);
  });

  it('accepts the same object seen twice when it is not a cycle', () => {
    const shared = { x: 1 };
    expect(canonicalize({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });
});
