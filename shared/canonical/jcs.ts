/**
 * RFC 8785 JSON Canonicalization Scheme (JCS).
 *
 * - Object members sorted by their names compared as arrays of UTF-16 code units (which is what
 *   JavaScript's default string ordering does), no whitespace anywhere.
 * - Numbers serialized as ECMAScript's Number-to-String (ES2015+, "shortest round-trip"), which is
 *   exactly what RFC 8785 §3.2.2.3 prescribes; NaN and ±Infinity are refused; -0 becomes `0`.
 * - Strings serialized as ECMAScript's JSON.stringify does for well-formed strings (RFC 8785
 *   §3.2.2.2): `"` and `\` escaped, U+0000–U+001F as \b \t \n \f \r or \u00xx (lower-case hex),
 *   everything else literal. Lone surrogates are refused (the input must be I-JSON, RFC 7493).
 *
 * Accepted values: null, booleans, finite numbers, strings, arrays and plain objects (prototype
 * Object.prototype or null). Object members whose value is `undefined` are omitted, as
 * JSON.stringify does. Everything else (undefined at top level or in arrays, bigint, functions,
 * symbols, Dates, Maps, class instances, cycles) is refused with `bundle.errors.canonicalUnsupported`.
 */
import { AppError } from '../errors';

/** Nesting limit, far above anything Peerdesk writes; keeps recursion bounded. */
export const MAX_CANONICAL_DEPTH = 256;

function fail(path: string, detail: string): never {
  throw new AppError('bundle.errors.canonicalUnsupported', { path: path === '' ? '$' : path, detail });
}

/** True when `s` has no lone (unpaired) UTF-16 surrogate. */
export function isWellFormedUtf16(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d < 0xdc00 || d > 0xdfff) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return false;
    }
  }
  return true;
}

function serializeString(s: string, path: string): string {
  if (!isWellFormedUtf16(s)) fail(path, 'string contains an unpaired UTF-16 surrogate');
  // For well-formed strings JSON.stringify produces exactly the RFC 8785 §3.2.2.2 form.
  return JSON.stringify(s);
}

function serializeNumber(n: number, path: string): string {
  if (!Number.isFinite(n)) fail(path, `number ${String(n)} is not finite`);
  // ECMAScript Number::toString is the RFC 8785 number format; String(-0) === '0'.
  return String(n);
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function serialize(value: unknown, path: string, ancestors: Set<object>, out: string[]): void {
  switch (typeof value) {
    case 'string':
      out.push(serializeString(value, path));
      return;
    case 'number':
      out.push(serializeNumber(value, path));
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'object':
      break;
    default:
      fail(path, `values of type ${typeof value} cannot be represented in JSON`);
  }
  if (value === null) {
    out.push('null');
    return;
  }
  if (ancestors.has(value)) fail(path, 'the value contains a cycle');
  if (ancestors.size >= MAX_CANONICAL_DEPTH) fail(path, `nesting deeper than ${MAX_CANONICAL_DEPTH} levels`);
  ancestors.add(value);
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      const item: unknown = value[i];
      serialize(item, `${path}[${i}]`, ancestors, out);
    }
    out.push(']');
  } else {
    if (!isPlainObject(value)) fail(path, 'only plain objects and arrays can be canonicalized');
    if (Object.getOwnPropertySymbols(value).length > 0) fail(path, 'object has symbol keys');
    // Default sort compares UTF-16 code units, as RFC 8785 §3.2.3 requires.
    const keys = Object.keys(value).sort();
    out.push('{');
    let first = true;
    for (const key of keys) {
      const member: unknown = value[key];
      if (member === undefined) continue;
      if (!first) out.push(',');
      first = false;
      const memberPath = `${path}.${key}`;
      out.push(serializeString(key, memberPath), ':');
      serialize(member, memberPath, ancestors, out);
    }
    out.push('}');
  }
  ancestors.delete(value);
}

/** The RFC 8785 canonical JSON text of `value`. */
export function canonicalize(value: unknown): string {
  const out: string[] = [];
  serialize(value, '', new Set<object>(), out);
  return out.join('');
}

/** The UTF-8 bytes of the RFC 8785 canonical JSON of `value` (what signatures are made over). */
export function canonicalBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalize(value));
}
