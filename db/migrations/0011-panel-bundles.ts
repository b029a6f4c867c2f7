/**
 * Panel packages and ballots travelling as bundles (docs/panel-bundles.md).
 *
 * Office side:
 * - `issued_panel_packages`: one row per (call, member, version) issued; the version rises with
 *   every re-issue so a member's app opens the newer one. Passphrases are never stored.
 *
 * Reviewer side (a panel member's own workspace):
 * - `reviewer_panel_packages`: the newest panel package opened per call, its content as sent
 *   (shortlist and anonymised review digest) and the office keys it pins;
 * - `reviewer_panel_attachments`: the PDFs it carried, by SHA-256;
 * - `reviewer_ballots`: the member's ballot per application; `revision` rises with every saved
 *   change and `exported_revision` is what the last ballot bundle carried.
 */
export const sql = /* sql */ `
CREATE TABLE issued_panel_packages (
  call_id TEXT NOT NULL REFERENCES panels (call_id) ON DELETE CASCADE,
  reviewer_id TEXT NOT NULL REFERENCES reviewers (id) ON DELETE CASCADE,
  version INTEGER NOT NULL CHECK (version >= 1),
  bundle_id TEXT NOT NULL UNIQUE,
  file_name TEXT NOT NULL,
  digest TEXT NOT NULL,
  application_count INTEGER NOT NULL CHECK (application_count >= 0),
  issued_at TEXT NOT NULL,
  PRIMARY KEY (call_id, reviewer_id, version)
) STRICT;

CREATE TABLE reviewer_panel_packages (
  call_id TEXT PRIMARY KEY,
  call_code TEXT NOT NULL,
  reviewer_id TEXT NOT NULL,
  package_version INTEGER NOT NULL CHECK (package_version >= 1),
  issued_at TEXT NOT NULL,
  office_id TEXT NOT NULL,
  office_signing_public_key TEXT NOT NULL,
  office_encryption_public_key TEXT NOT NULL,
  enrolment_secret TEXT NOT NULL,
  content_json TEXT NOT NULL,
  package_digest TEXT NOT NULL,
  opened_at TEXT NOT NULL,
  last_exported_at TEXT
) STRICT;

CREATE TABLE reviewer_panel_attachments (
  sha256 TEXT PRIMARY KEY,
  bytes BLOB NOT NULL
) STRICT;

CREATE TABLE reviewer_ballots (
  call_id TEXT NOT NULL REFERENCES reviewer_panel_packages (call_id) ON DELETE CASCADE,
  application_id TEXT NOT NULL,
  vote TEXT NOT NULL CHECK (vote IN ('for', 'against', 'abstain')),
  final_score REAL,
  comment TEXT NOT NULL DEFAULT '',
  revision INTEGER NOT NULL CHECK (revision >= 1),
  digest TEXT NOT NULL,
  exported_revision INTEGER,
  saved_at TEXT NOT NULL,
  PRIMARY KEY (call_id, application_id)
) STRICT;
`;
