/**
 * Strict JSON from bytes, for every byte sequence that comes from outside (bundle entries, imports,
 * the wire): valid UTF-8 only, no byte-order mark, RFC 8259 grammar (ECMAScript's JSON.parse),
 * bounded size and nesting depth, and never a crash: every refusal is an AppError naming the input.
 *
 * Optional I-JSON mode (RFC 7493, what RFC 8785 canonicalization needs) also refuses duplicate
 * member names and strings with unpaired surrogates written as \u escapes.
 */
import { AppError } from '../errors';
import { isWellFormedUtf16 } from '../canonical/jcs';

export interface JsonParseOptions {
  /** How the input is named in error messages, e.g. the bundle entry name. */
  entry?: string;
  /** Largest accepted input in bytes (default {@link DEFAULT_JSON_MAX_BYTES}). */
  maxBytes?: number;
  /** Deepest accepted nesting of arrays and objects (default {@link DEFAULT_JSON_MAX_DEPTH}). */
  maxDepth?: number;
  /** Refuse duplicate member names and unpaired surrogates (RFC 7493 I-JSON). Default false. */
  iJson?: boolean;
}

export const DEFAULT_JSON_MAX_BYTES = 128 * 1024 * 1024;
export const DEFAULT_JSON_MAX_DEPTH = 64;
const DEFAULT_ENTRY = 'JSON';
const MAX_DETAIL = 200;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

interface Frame {
  isObject: boolean;
  expectKey: boolean;
  keys: Set<string> | undefined;
}

function decodeJsonString(raw: string): string | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined; // malformed string: JSON.parse of the whole text reports it
  }
}

function shorten(s: string): string {
  return s.length > MAX_DETAIL ? `${s.slice(0, MAX_DETAIL)}…` : s;
}

/**
 * One linear pass over the text, outside of JSON.parse: enforces the depth limit before anything
 * recursive runs and, in I-JSON mode, finds duplicate keys and escaped lone surrogates. It trusts
 * nothing about the grammar (JSON.parse checks that afterwards); it only has to be right for valid
 * JSON and terminate on anything.
 */
function scan(text: string, entry: string, maxDepth: number, iJson: boolean): AppError | undefined {
  const stack: Frame[] = [];
  let issue: AppError | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const start = i;
      let escaped = false;
      for (i = i + 1; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === BACKSLASH) {
          escaped = true;
          i++; // skip the escaped character
        } else if (d === QUOTE) {
          break;
        }
      }
      if (!iJson || issue !== undefined) continue;
      const raw = text.slice(start, i + 1);
      const value = escaped ? decodeJsonString(raw) : raw.slice(1, -1);
      if (value === undefined) continue;
      if (escaped && !isWellFormedUtf16(value)) {
        issue = new AppError('bundle.errors.jsonLoneSurrogate', { entry });
        continue;
      }
      const top = stack[stack.length - 1];
      if (top?.isObject && top.expectKey && top.keys) {
        if (top.keys.has(value))
          issue = new AppError('bundle.errors.jsonDuplicateKey', { entry, key: shorten(value) });
        top.keys.add(value);
        top.expectKey = false;
      }
      continue;
    }
    switch (c) {
      case 0x7b: // {
      case 0x5b: // [
        if (stack.length >= maxDepth)
          throw new AppError('bundle.errors.jsonTooDeep', { entry, max: maxDepth });
        stack.push({
          isObject: c === 0x7b,
          expectKey: c === 0x7b,
          keys: iJson && c === 0x7b ? new Set() : undefined,
        });
        break;
      case 0x7d: // }
      case 0x5d: // ]
        stack.pop();
        break;
      case 0x2c: {
        // ,
        const top = stack[stack.length - 1];
        if (top?.isObject) top.expectKey = true;
        break;
      }
      default:
        break;
    }
  }
  return issue;
}

/** Parses UTF-8 JSON bytes strictly. Throws AppError (`bundle.errors.json*`) on any problem. */
export function parseJsonBytes(bytes: Uint8Array, options: JsonParseOptions = {}): unknown {
  const entry = options.entry ?? DEFAULT_ENTRY;
  const maxBytes = options.maxBytes ?? DEFAULT_JSON_MAX_BYTES;
  const maxDepth = options.maxDepth ?? DEFAULT_JSON_MAX_DEPTH;
  if (bytes.length > maxBytes) {
    throw new AppError('bundle.errors.jsonTooLarge', { entry, size: bytes.length, max: maxBytes });
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new AppError('bundle.errors.jsonByteOrderMark', { entry });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    throw new AppError('bundle.errors.jsonInvalidUtf8', { entry }, cause);
  }
  return parseJsonText(text, { ...options, entry, maxDepth });
}

/** Parses JSON text strictly (same checks as {@link parseJsonBytes} after UTF-8 decoding). */
export function parseJsonText(text: string, options: JsonParseOptions = {}): unknown {
  const entry = options.entry ?? DEFAULT_ENTRY;
  const maxDepth = options.maxDepth ?? DEFAULT_JSON_MAX_DEPTH;
  let issue: AppError | undefined;
  let value: unknown;
  try {
    issue = scan(text, entry, maxDepth, options.iJson === true);
    value = JSON.parse(text);
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new AppError('bundle.errors.jsonSyntax', { entry, detail: shorten(detail) }, cause);
  }
  if (issue) throw issue;
  return value;
}
