/**
 * Entry names: the safety rules every ZIP entry name must pass, the allow-list matching used by the
 * ZIP reader, and the payload names each bundle kind may carry.
 *
 * Payload entries have a *logical* name (what callers write and read, e.g. `content.json`) and a
 * *stored* name in the ZIP: `payload/<logical>` plus `.enc` when the bundle is encrypted.
 */
export const BUNDLE_KINDS = [
  'assignment-package',
  'review-bundle',
  'results-bundle',
  'panel-package',
  'ballot-bundle',
] as const;
export type BundleKind = (typeof BUNDLE_KINDS)[number];

export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'manifest.sig';
export const PAYLOAD_PREFIX = 'payload/';
export const ENCRYPTED_SUFFIX = '.enc';

/** An allowed entry name: an exact string, or a regular expression that must match the whole name. */
export type NameRule = string | RegExp;

/** C0 controls, DEL and C1 controls (U+0000–U+001F, U+007F–U+009F). */
function isControl(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}

function hasControlChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isControl(s.charCodeAt(i))) return true;
  return false;
}

/** Bidirectional overrides and isolates, and line/paragraph separators: shown escaped. */
function isConfusable(code: number): boolean {
  return (
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** Why a name is unsafe; each maps to the error code `bundle.errors.zipName<Reason>`. */
export type UnsafeNameReason =
  'Empty' | 'ControlChar' | 'Backslash' | 'Absolute' | 'DriveLetter' | 'Traversal' | 'Malformed';

/**
 * Names that could mean something else to some file system or tool are refused outright, whatever
 * the allow-list says: empty, control characters (including NUL), backslashes, absolute paths,
 * drive letters, `.`/`..` segments, empty segments, a trailing slash (directory entries).
 */
export function unsafeNameReason(name: string): UnsafeNameReason | undefined {
  if (name.length === 0) return 'Empty';
  if (hasControlChar(name)) return 'ControlChar';
  if (name.includes('\\')) return 'Backslash';
  if (name.startsWith('/')) return 'Absolute';
  if (/^[A-Za-z]:/.test(name)) return 'DriveLetter';
  const segments = name.split('/');
  if (segments.some((s) => s === '..')) return 'Traversal';
  if (segments.some((s) => s === '' || s === '.')) return 'Malformed';
  if (name.includes(':')) return 'Malformed'; // NTFS alternate data streams, URL-like names
  return undefined;
}

function fullMatch(rule: RegExp, name: string): boolean {
  // A private copy without g/y so lastIndex state can never leak between calls.
  const re = new RegExp(rule.source, rule.flags.replace(/[gy]/g, ''));
  const m = re.exec(name);
  return m !== null && m.index === 0 && m[0].length === name.length;
}

/** True when `name` equals one of the strings or fully matches one of the regexes. */
export function matchesNameRule(name: string, rules: readonly NameRule[]): boolean {
  return rules.some((rule) => (typeof rule === 'string' ? rule === name : fullMatch(rule, name)));
}

interface KindNames {
  /** Logical names that must be present. */
  required: readonly string[];
  /** Regex sources (unanchored; anchored when compiled) of the logical names allowed. */
  patterns: readonly string[];
}

const SHA256_PDF = 'attachments/[0-9a-f]{64}\\.pdf';

/** The payload of each kind. Extend here (and in docs/bundle-container.md) when a kind grows. */
export const PAYLOAD_NAMES: Readonly<Record<BundleKind, KindNames>> = {
  'assignment-package': { required: ['content.json'], patterns: ['content\\.json', SHA256_PDF] },
  'review-bundle': { required: ['content.json'], patterns: ['content\\.json'] },
  'results-bundle': {
    required: ['content.json'],
    patterns: ['content\\.json', SHA256_PDF, 'reports/[a-z0-9][a-z0-9-]{0,62}\\.(?:pdf|csv|xlsx|json)'],
  },
  'panel-package': { required: ['content.json'], patterns: ['content\\.json', SHA256_PDF] },
  'ballot-bundle': { required: ['content.json'], patterns: ['content\\.json'] },
};

/** Rules for the logical payload names of `kind`. */
export function payloadNameRules(kind: BundleKind): RegExp[] {
  return PAYLOAD_NAMES[kind].patterns.map((p) => new RegExp(`^(?:${p})$`));
}

/** Rules for every name allowed in the ZIP container of `kind` (manifest, signature, payload). */
export function containerNameRules(kind: BundleKind): NameRule[] {
  return [
    MANIFEST_ENTRY,
    SIGNATURE_ENTRY,
    ...PAYLOAD_NAMES[kind].patterns.map((p) => new RegExp(`^payload/(?:${p})(?:\\.enc)?$`)),
  ];
}

export function storedEntryName(logical: string, encrypted: boolean): string {
  return `${PAYLOAD_PREFIX}${logical}${encrypted ? ENCRYPTED_SUFFIX : ''}`;
}

/** The logical name of a stored payload name, or undefined if it is not spelled right for `encrypted`. */
export function logicalEntryName(stored: string, encrypted: boolean): string | undefined {
  if (!stored.startsWith(PAYLOAD_PREFIX)) return undefined;
  const rest = stored.slice(PAYLOAD_PREFIX.length);
  if (encrypted) return rest.endsWith(ENCRYPTED_SUFFIX) ? rest.slice(0, -ENCRYPTED_SUFFIX.length) : undefined;
  return rest.endsWith(ENCRYPTED_SUFFIX) ? undefined : rest;
}

/** A name made safe to show in a message: control characters escaped, length capped. */
export function displayName(name: string): string {
  let escaped = '';
  for (const ch of name) {
    const code = ch.charCodeAt(0);
    escaped +=
      ch.length === 1 && (isControl(code) || isConfusable(code))
        ? `\\u${code.toString(16).padStart(4, '0')}`
        : ch;
  }
  const points = Array.from(escaped);
  return points.length > 160 ? `${points.slice(0, 160).join('')}…` : escaped;
}
