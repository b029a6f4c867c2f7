/**
 * Core tables (docs/design-rules.md, Data rules). Money is in yuan (CNY) as INTEGER; timestamps
 * are ISO-8601 UTC text; JSON columns hold arrays/objects validated by the zod schemas in shared/
 * before they are written.
 * Shipped migrations are never edited: change the schema with a new numbered migration.
 */
export const sql = /* sql */ `
CREATE TABLE workspace_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE keys (
  id TEXT PRIMARY KEY,
  purpose TEXT NOT NULL CHECK (purpose IN ('office-signing', 'office-encryption', 'reviewer-signing')),
  public_key TEXT NOT NULL,
  private_key BLOB,
  private_key_protection TEXT NOT NULL DEFAULT 'none' CHECK (private_key_protection IN ('none', 'safe-storage')),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE calls (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  title_zh TEXT NOT NULL,
  title_en TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('general', 'lump-sum', 'challenge')),
  template TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'reviewing', 'decided', 'archived')),
  opens_at TEXT,
  closes_at TEXT,
  review_due_at TEXT,
  budget_envelope INTEGER CHECK (budget_envelope IS NULL OR budget_envelope >= 0),
  review_mode TEXT NOT NULL DEFAULT 'open' CHECK (review_mode IN ('open', 'blind')),
  reviewers_per_application INTEGER NOT NULL DEFAULT 3 CHECK (reviewers_per_application >= 1),
  integrity_makes_ineligible INTEGER NOT NULL DEFAULT 1 CHECK (integrity_makes_ineligible IN (0, 1)),
  rubric_version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Every rubric a call ever had; packages name the version they carry, so a rubric is never
-- changed under reviewers' feet.
CREATE TABLE rubric_versions (
  call_id TEXT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  rubric_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (call_id, version)
) STRICT;

CREATE TABLE challenges (
  id TEXT PRIMARY KEY,
  call_id TEXT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  title_zh TEXT NOT NULL,
  title_en TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  awards INTEGER NOT NULL DEFAULT 1 CHECK (awards >= 0),
  UNIQUE (call_id, code)
) STRICT;

CREATE TABLE applications (
  id TEXT PRIMARY KEY,
  call_id TEXT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
  reference_no TEXT NOT NULL,
  title TEXT NOT NULL,
  abstract TEXT NOT NULL DEFAULT '',
  keywords_json TEXT NOT NULL DEFAULT '[]',
  discipline TEXT NOT NULL DEFAULT '',
  challenge_id TEXT REFERENCES challenges (id) ON DELETE SET NULL,
  pi_name TEXT NOT NULL,
  institution TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  team_json TEXT NOT NULL DEFAULT '[]',
  duration_months INTEGER CHECK (duration_months IS NULL OR duration_months > 0),
  requested_total INTEGER NOT NULL DEFAULT 0 CHECK (requested_total >= 0),
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn', 'ineligible', 'archived')),
  created_at TEXT NOT NULL,
  UNIQUE (call_id, reference_no)
) STRICT;
CREATE INDEX applications_call ON applications (call_id);

CREATE TABLE budget_lines (
  application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  work_package TEXT NOT NULL,
  year INTEGER NOT NULL,
  amount INTEGER NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (application_id, work_package, year)
) STRICT;

CREATE TABLE attachments (
  id TEXT PRIMARY KEY,
  application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  content BLOB NOT NULL,
  UNIQUE (application_id, sha256)
) STRICT;

CREATE TABLE reviewers (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  institution TEXT NOT NULL DEFAULT '',
  expertise_json TEXT NOT NULL DEFAULT '[]',
  languages_json TEXT NOT NULL DEFAULT '[]',
  collaborators_json TEXT NOT NULL DEFAULT '[]',
  max_load INTEGER NOT NULL DEFAULT 10 CHECK (max_load >= 0),
  signing_public_key TEXT,
  enrolment_secret TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX reviewers_email ON reviewers (lower(email));

CREATE TABLE integrity_entries (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'institution')),
  name TEXT NOT NULL,
  institution TEXT NOT NULL DEFAULT '',
  normalized_name TEXT NOT NULL,
  normalized_institution TEXT NOT NULL DEFAULT '',
  valid_from TEXT,
  valid_to TEXT,
  source TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE integrity_flags (
  application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  entry_id TEXT NOT NULL REFERENCES integrity_entries (id) ON DELETE CASCADE,
  reason TEXT NOT NULL,
  PRIMARY KEY (application_id, entry_id)
) STRICT;

CREATE TABLE conflicts (
  application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  reviewer_id TEXT NOT NULL REFERENCES reviewers (id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('same-institution', 'collaborator', 'self', 'declared-by-reviewer', 'manual')),
  reason TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL CHECK (source IN ('auto', 'officer', 'reviewer')),
  created_at TEXT NOT NULL,
  PRIMARY KEY (application_id, reviewer_id, type)
) STRICT;
CREATE INDEX conflicts_reviewer ON conflicts (reviewer_id);

CREATE TABLE assignments (
  call_id TEXT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
  application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  reviewer_id TEXT NOT NULL REFERENCES reviewers (id) ON DELETE CASCADE,
  status TEXT NOT NULL DEFAULT 'assigned' CHECK (status IN ('assigned', 'recused', 'released')),
  locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
  due_at TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (application_id, reviewer_id)
) STRICT;
CREATE INDEX assignments_reviewer ON assignments (reviewer_id, call_id);

-- One review per (call, application, reviewer). The winner of a merge is the greater
-- (revision, digest); every version ever received is also kept in review_history.
CREATE TABLE reviews (
  call_id TEXT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
  application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  reviewer_id TEXT NOT NULL REFERENCES reviewers (id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'recused')),
  revision INTEGER NOT NULL CHECK (revision >= 0),
  digest TEXT NOT NULL,
  recommendation TEXT,
  familiarity TEXT,
  choices_json TEXT NOT NULL DEFAULT '{}',
  comments_json TEXT NOT NULL DEFAULT '{}',
  budget_opinion_json TEXT,
  recusal_json TEXT,
  exported_revision INTEGER,
  updated_at TEXT NOT NULL,
  submitted_at TEXT,
  PRIMARY KEY (call_id, application_id, reviewer_id)
) STRICT;
CREATE INDEX reviews_reviewer ON reviews (reviewer_id);

CREATE TABLE review_scores (
  call_id TEXT NOT NULL,
  application_id TEXT NOT NULL,
  reviewer_id TEXT NOT NULL,
  criterion_id TEXT NOT NULL,
  value REAL NOT NULL,
  PRIMARY KEY (call_id, application_id, reviewer_id, criterion_id),
  FOREIGN KEY (call_id, application_id, reviewer_id)
    REFERENCES reviews (call_id, application_id, reviewer_id) ON DELETE CASCADE
) STRICT;

CREATE TABLE review_history (
  id INTEGER PRIMARY KEY,
  call_id TEXT NOT NULL,
  application_id TEXT NOT NULL,
  reviewer_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  digest TEXT NOT NULL,
  content_json TEXT NOT NULL,
  bundle_digest TEXT,
  outcome TEXT NOT NULL CHECK (outcome IN ('applied', 'superseded', 'conflict')),
  received_at TEXT NOT NULL,
  UNIQUE (call_id, application_id, reviewer_id, revision, digest)
) STRICT;

CREATE TABLE bundle_log (
  digest TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  file_name TEXT NOT NULL,
  call_id TEXT,
  sender_id TEXT,
  status TEXT NOT NULL CHECK (status IN ('applied', 'refused')),
  report_json TEXT NOT NULL DEFAULT '{}',
  imported_at TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL DEFAULT '',
  details_json TEXT NOT NULL DEFAULT '{}'
) STRICT;
`;
