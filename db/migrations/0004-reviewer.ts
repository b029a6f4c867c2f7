/**
 * The reviewer's side: one row per call whose assignment package was opened in this workspace.
 * It pins the office keys seen in the first package (a later package for the call must be signed by
 * the same key), keeps the enrolment secret the review bundles prove the reviewer's key with, and
 * remembers which package version is in the core tables so an older or equal one is a no-op.
 */
export const sql = /* sql */ `
CREATE TABLE reviewer_packages (
  call_id TEXT PRIMARY KEY REFERENCES calls (id) ON DELETE CASCADE,
  reviewer_id TEXT NOT NULL REFERENCES reviewers (id),
  package_version INTEGER NOT NULL CHECK (package_version >= 1),
  issued_at TEXT NOT NULL,
  office_id TEXT NOT NULL,
  office_name TEXT NOT NULL,
  office_signing_public_key TEXT NOT NULL,
  office_encryption_public_key TEXT NOT NULL,
  enrolment_secret TEXT NOT NULL,
  package_digest TEXT NOT NULL,
  opened_at TEXT NOT NULL,
  last_exported_at TEXT
) STRICT;
`;
