import { AppError } from '../../shared/errors';

/**
 * RFC 8785 canonical JSON of a value that came out of Peerdesk's strict JSON parser (and zod):
 * plain objects, arrays, finite numbers, booleans, null, and well-formed strings (strict UTF-8
 * decoding cannot produce a lone surrogate and the I-JSON parse refuses escaped ones). For such
 * values this is exactly `canonicalize` (shared/canonical/jcs.ts), without its generic checks for
 * cycles, prototypes and surrogates, which cost more than the serialization itself on 100,000
 * reviews. A test holds the two equal; a divergence could only make a genuine review fail its
 * digest check, never make an altered one pass.
 */
export function canonicalParsed(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) {
        throw new AppError('bundle.errors.canonicalUnsupported', {
          path: '$',
          detail: `number ${value} is not finite`,
        });
      }
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i += 1) out += (i > 0 ? ',' : '') + canonicalParsed(value[i]);
        return `${out}]`;
      }
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      let out = '{';
      let first = true;
      for (const key of keys) {
        const member = record[key];
        if (member === undefined) continue;
        out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalParsed(member)}`;
        first = false;
      }
      return `${out}}`;
    }
    default:
      throw new AppError('bundle.errors.canonicalUnsupported', { path: '$', detail: `a ${typeof value}` });
  }
}
