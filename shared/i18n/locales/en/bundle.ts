/**
 * Bundle files (assignment packages, review bundles, results bundles): reading, verifying, writing.
 * Codes are `bundle.errors.<key>`; see docs/bundle-container.md for when each is raised.
 */
export default {
  kinds: {
    'assignment-package': 'assignment package',
    'review-bundle': 'review bundle',
    'results-bundle': 'results bundle',
    'panel-package': 'panel package',
    'ballot-bundle': 'ballot bundle',
  },
  errors: {
    // JSON text inside a bundle (or any other strict JSON input)
    jsonTooLarge: '“{{entry}}” is {{size}} bytes; at most {{max}} bytes are accepted.',
    jsonByteOrderMark: '“{{entry}}” starts with a byte-order mark (BOM). Only plain UTF-8 JSON is accepted.',
    jsonInvalidUtf8: '“{{entry}}” is not valid UTF-8 text.',
    jsonSyntax: '“{{entry}}” is not valid JSON: {{detail}}',
    jsonTooDeep: '“{{entry}}” nests objects or arrays more than {{max}} levels deep.',
    jsonDuplicateKey: '“{{entry}}” contains the field “{{key}}” twice in the same object.',
    jsonLoneSurrogate: '“{{entry}}” contains a text with a broken Unicode character (an unpaired surrogate).',
    canonicalUnsupported: 'Cannot produce canonical JSON at {{path}}: {{detail}}.',

    // The ZIP container
    zipReadFailed: 'The bundle file could not be read ({{detail}}).',
    zipNotAFile: 'The chosen path is not a regular file.',
    zipFileChanged:
      'The bundle file changed while it was being read. Copy it somewhere safe and open it again.',
    zipFileTooLarge: 'The bundle file is {{size}} bytes; at most {{max}} bytes are accepted.',
    zipNoEndRecord:
      'This file is not a bundle: it is not a ZIP archive, or it is truncated (the end-of-archive record is missing).',
    zipCommentLength:
      'The bundle file has unexpected bytes at its end (the archive comment length does not match). It may be damaged or altered.',
    zipZip64:
      'The bundle file uses ZIP64, which Peerdesk bundles never use. It was not made by Peerdesk or is damaged.',
    zipMultiDisk: 'The bundle file is part of a split (multi-volume) archive, which is not supported.',
    zipTooManyEntries_one: 'The bundle has {{count}} entry; at most {{max}} are accepted.',
    zipTooManyEntries_other: 'The bundle has {{count}} entries; at most {{max}} are accepted.',
    zipCorrupt: 'The bundle file is damaged: {{detail}}.',
    zipBadCentralHeader: 'The bundle file is damaged: the directory record of entry {{entry}} is invalid.',
    zipBadLocalHeader: 'The bundle file is damaged: the header of entry “{{entry}}” is invalid.',
    zipBadExtraField: 'The bundle file is damaged: entry “{{entry}}” has a malformed extra field.',
    zipHeaderMismatch:
      'The bundle file is inconsistent: for entry “{{entry}}” the {{field}} in its header differs from the archive directory.',
    zipDataOutOfBounds: 'The bundle file is damaged: the data of entry “{{entry}}” lies outside the file.',
    zipLayout:
      'The bundle file contains bytes that belong to no entry (near “{{entry}}”). It may have been altered.',
    zipEncrypted:
      'Entry “{{entry}}” uses ZIP encryption, which is not supported (Peerdesk encrypts entry contents itself).',
    zipUnsupportedFlags: 'Entry “{{entry}}” uses unsupported ZIP options ({{flags}}).',
    zipUnsupportedMethod:
      'Entry “{{entry}}” uses compression method {{method}}; only stored (0) and deflate (8) are supported.',
    zipNameEncoding: 'An entry name is not valid UTF-8 text: “{{entry}}”.',
    zipNameTooLong: 'The entry name “{{entry}}” is longer than {{max}} bytes.',
    zipNameEmpty: 'The bundle contains an entry without a name.',
    zipNameControlChar: 'The entry name “{{entry}}” contains control characters.',
    zipNameBackslash:
      'The entry name “{{entry}}” contains a backslash, which could point outside the bundle.',
    zipNameAbsolute: 'The entry name “{{entry}}” is an absolute path.',
    zipNameDriveLetter: 'The entry name “{{entry}}” starts with a drive letter.',
    zipNameTraversal: 'The entry name “{{entry}}” contains “..”, which could point outside the bundle.',
    zipNameMalformed:
      'The entry name “{{entry}}” is malformed (empty or “.” path segment, directory entry, or “:”).',
    zipNameAmbiguous:
      'Entry “{{entry}}” carries a second, alternative name (Unicode path field), which is not accepted.',
    zipDuplicateName: 'The name “{{entry}}” appears more than once in the bundle.',
    zipNameNotAllowed: '“{{entry}}” is not an entry that a Peerdesk bundle may contain.',
    zipStoredSizeMismatch:
      'The bundle file is damaged: entry “{{entry}}” is stored uncompressed but its two sizes differ.',
    zipEntryTooLarge: 'Entry “{{entry}}” is {{size}} bytes; at most {{max}} bytes per entry are accepted.',
    zipTotalTooLarge: 'The bundle contents add up to {{size}} bytes; at most {{max}} bytes are accepted.',
    zipRatioTooHigh:
      'Entry “{{entry}}” is compressed {{ratio}}:1, above the accepted {{max}}:1 (a possible “zip bomb”).',
    zipInflateFailed: 'Entry “{{entry}}” could not be decompressed: {{detail}}.',
    zipSizeMismatch: 'Entry “{{entry}}” does not decompress to its declared size of {{expected}} bytes.',
    zipCrcMismatch: 'Entry “{{entry}}” is damaged: its checksum (CRC-32) does not match.',
    zipEntryNotFound: 'The bundle has no entry “{{entry}}”.',

    // The envelope: manifest, signature, entries, encryption
    missingManifest: 'This file is not a Peerdesk bundle: it has no “{{entry}}”.',
    missingSignature: 'The bundle is not signed: “{{entry}}” is missing.',
    manifestTooLarge: '“{{entry}}” is {{size}} bytes; at most {{max}} bytes are accepted.',
    notABundle: 'This file is not a Peerdesk bundle (its manifest does not say “peerdesk-bundle”).',
    newerFormat:
      'This bundle uses format version {{version}}, but this Peerdesk reads up to version {{supported}}. Please install the latest Peerdesk and open it again.',
    manifestInvalid: 'The bundle manifest “{{entry}}” is not valid: {{detail}}',
    manifestNotCanonical:
      'The bundle manifest “{{entry}}” is not in canonical form (RFC 8785). It was altered or not made by Peerdesk.',
    wrongKind: 'This file is a {{actual}}, but a {{expected}} was expected here.',
    schemeNotAllowed: 'A {{kind}} may not use the encryption scheme “{{scheme}}”.',
    rolesNotAllowed: 'A {{kind}} cannot be sent by the {{sender}} to the {{recipient}}.',
    signatureMalformed: 'The bundle signature “{{entry}}” is malformed.',
    signatureInvalid:
      'The bundle signature does not match its contents: the bundle was altered after it was signed, or it is damaged.',
    entryNotInManifest: 'Entry “{{entry}}” is in the bundle but not listed in its signed manifest.',
    entryMissing: 'Entry “{{entry}}” is listed in the signed manifest but missing from the bundle.',
    entryEncryptionMismatch: 'The name of entry “{{entry}}” does not match whether the bundle is encrypted.',
    entryNameNotAllowed: '“{{entry}}” is not an entry that a {{kind}} may contain.',
    requiredEntryMissing: 'A {{kind}} must contain “{{entry}}”, but this one does not.',
    entrySizeMismatch: 'Entry “{{entry}}” is {{actual}} bytes, but the signed manifest says {{expected}}.',
    entryDigestMismatch:
      'Entry “{{entry}}” was altered or damaged: its SHA-256 does not match the signed manifest.',
    passphraseRequired:
      'This bundle is protected by a passphrase. Enter the passphrase you received with it.',
    privateKeyRequired:
      'This bundle is encrypted to a key pair; open it in the workspace that holds the matching private key.',
    notEncrypted: 'This bundle is not encrypted, but a passphrase or key was given for it.',
    wrongPassphrase:
      'The passphrase is not correct for this bundle. Check it (letters and digits, in groups of four) and try again.',
    decryptFailed:
      'Entry “{{entry}}” could not be decrypted: the bundle was not encrypted for this workspace’s key, or it was altered.',
    passphraseTooShort:
      'The passphrase is too short; use at least {{min}} characters (or a generated passphrase).',
    invalidKey: 'A key is not valid: {{detail}}.',
    invalidScryptParams: 'Unsupported passphrase-protection parameters (N={{N}}, r={{r}}, p={{p}}).',
  },
};
