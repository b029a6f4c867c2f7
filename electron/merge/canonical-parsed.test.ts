import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../shared/canonical/jcs';
import { parseJsonBytes, parseJsonText } from '../../shared/json/parse';
import { canonicalParsed } from './canonical-parsed';

const external = path.resolve(import.meta.dirname, '../../test/fixtures/external');

describe('canonicalParsed', () => {
  it('matches the RFC 8785 test vectors', () => {
    const dir = path.join(external, 'rfc8785-jcs/testdata');
    const files = readdirSync(path.join(dir, 'input'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const input = parseJsonBytes(readFileSync(path.join(dir, 'input', file)), { iJson: true });
      const expected = readFileSync(path.join(dir, 'output', file), 'utf8');
      expect(canonicalParsed(input), file).toBe(expected);
    }
  });

  it('matches the 10,000 RFC 8785 number formatting cases', () => {
    const lines = readFileSync(path.join(external, 'rfc8785-jcs/es6testfile10k.txt'), 'utf8')
      .trim()
      .split('\n');
    expect(lines.length).toBe(10_000);
    for (const line of lines) {
      const [hex, expected] = line.split(',') as [string, string];
      const value = new DataView(
        Uint8Array.from(Buffer.from(hex.padStart(16, '0'), 'hex')).buffer,
      ).getFloat64(0);
      if (Number.isFinite(value)) expect(canonicalParsed(value)).toBe(expected);
    }
  });

  it('equals canonicalize on the naughty strings', () => {
    const strings = parseJsonText(
      readFileSync(path.join(external, 'naughty-strings/blns.json'), 'utf8'),
    ) as string[];
    const value = Object.fromEntries(strings.map((text, i) => [text, [i, text]]));
    expect(canonicalParsed(value)).toBe(canonicalize(value));
  });

  it('equals canonicalize on any parsed JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (generated) => {
        const value = parseJsonText(JSON.stringify(generated), { iJson: true });
        expect(canonicalParsed(value)).toBe(canonicalize(value));
      }),
      { numRuns: 2000 },
    );
  });
});
