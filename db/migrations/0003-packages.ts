/**
 * Assignment packages the office issued: one row per (call, reviewer, version). The version rises
 * with every re-issue so a reviewer's app opens the newer package over the older one. `digest` is
 * the SHA-256 of the package file; `content_digest` the SHA-256 of what the package says (minus its
 * version and time), which tells the officer whose package is out of date after changes.
 * Passphrases are never stored: they are shown once.
 */
export const sql = /* sql */ `
CREATE TABLE issued_packages (
  call_id TEXT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
  reviewer_id TEXT NOT NULL REFERENCES reviewers (id) ON DELETE CASCADE,
  version INTEGER NOT NULL CHECK (version >= 1),
  bundle_id TEXT NOT NULL UNIQUE,
  file_name TEXT NOT NULL,
  digest TEXT NOT NULL,
  content_digest TEXT NOT NULL,
  application_count INTEGER NOT NULL CHECK (application_count >= 0),
  rubric_version INTEGER NOT NULL,
  due_at TEXT,
  issued_at TEXT NOT NULL,
  PRIMARY KEY (call_id, reviewer_id, version)
) STRICT;
CREATE INDEX issued_packages_reviewer ON issued_packages (reviewer_id);
`;
