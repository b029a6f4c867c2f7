/**
 * Panel stage (会议评审) after mail review, one panel per call.
 *
 * - `panels`: the voting rule declared for the call (quorum as a fraction of eligible members,
 *   majority `>1/2` or `>=2/3` of members present), the minimum number of members, and whether a
 *   fund decision needs the panel's recommendation.
 * - `panel_shortlist`: applications sent to the panel and why (top-N, funded, lottery or manual);
 *   a removed entry is kept with its reason so the shortlist's history can be read back.
 * - `panel_members` and `panel_conflicts`: members from the reviewer registry, and the
 *   (application, member) pairs that may not vote, re-checked from `conflicts` at each set-up.
 * - `panel_ballots`: one current ballot per member × application; the winner of two ballots is the
 *   greater (revision, digest), as for reviews, so merging is order-free and idempotent.
 * - `panel_consensus`: every saved revision of a consensus text; `locked` ends editing.
 * - `panel_tallies`: each recorded tally with the rule it used.
 * Every change is also written to audit_log.
 */
export const sql = /* sql */ `
CREATE TABLE panels (
  call_id TEXT PRIMARY KEY REFERENCES calls (id) ON DELETE CASCADE,
  min_members INTEGER NOT NULL CHECK (min_members >= 1),
  quorum REAL NOT NULL DEFAULT 0.6667 CHECK (quorum > 0 AND quorum <= 1),
  majority TEXT NOT NULL DEFAULT '>1/2' CHECK (majority IN ('>1/2', '>=2/3')),
  requires_recommendation INTEGER NOT NULL DEFAULT 0 CHECK (requires_recommendation IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE panel_shortlist (
  call_id TEXT NOT NULL REFERENCES panels (call_id) ON DELETE CASCADE,
  application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  source TEXT NOT NULL CHECK (source IN ('top-n', 'funded', 'lottery', 'manual')),
  reason TEXT NOT NULL DEFAULT '',
  removed_reason TEXT,
  PRIMARY KEY (call_id, application_id),
  CHECK (source <> 'manual' OR length(trim(reason)) > 0),
  CHECK (removed_reason IS NULL OR length(trim(removed_reason)) > 0)
) STRICT;

CREATE TABLE panel_members (
  call_id TEXT NOT NULL REFERENCES panels (call_id) ON DELETE CASCADE,
  reviewer_id TEXT NOT NULL REFERENCES reviewers (id) ON DELETE CASCADE,
  PRIMARY KEY (call_id, reviewer_id)
) STRICT;

CREATE TABLE panel_conflicts (
  call_id TEXT NOT NULL REFERENCES panels (call_id) ON DELETE CASCADE,
  application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  reviewer_id TEXT NOT NULL REFERENCES reviewers (id) ON DELETE CASCADE,
  PRIMARY KEY (call_id, application_id, reviewer_id)
) STRICT;

CREATE TABLE panel_schedule (
  call_id TEXT NOT NULL REFERENCES panels (call_id) ON DELETE CASCADE,
  application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 1),
  date TEXT NOT NULL,
  time TEXT NOT NULL,
  minutes INTEGER NOT NULL CHECK (minutes > 0),
  PRIMARY KEY (call_id, application_id),
  UNIQUE (call_id, position)
) STRICT;

CREATE TABLE panel_ballots (
  call_id TEXT NOT NULL REFERENCES panels (call_id) ON DELETE CASCADE,
  application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  reviewer_id TEXT NOT NULL REFERENCES reviewers (id) ON DELETE CASCADE,
  vote TEXT NOT NULL CHECK (vote IN ('for', 'against', 'abstain')),
  final_score REAL,
  comment TEXT NOT NULL DEFAULT '',
  revision INTEGER NOT NULL CHECK (revision >= 0),
  digest TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('bundle', 'paper')),
  entered_by TEXT,
  received_at TEXT NOT NULL,
  PRIMARY KEY (call_id, application_id, reviewer_id),
  CHECK (source <> 'paper' OR entered_by IS NOT NULL)
) STRICT;

CREATE TABLE panel_consensus (
  call_id TEXT NOT NULL REFERENCES panels (call_id) ON DELETE CASCADE,
  application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  state TEXT NOT NULL CHECK (state IN ('draft', 'final', 'locked')),
  text TEXT NOT NULL,
  author TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  PRIMARY KEY (call_id, application_id, revision)
) STRICT;

CREATE TABLE panel_tallies (
  id INTEGER PRIMARY KEY,
  call_id TEXT NOT NULL REFERENCES panels (call_id) ON DELETE CASCADE,
  rule_json TEXT NOT NULL,
  result_json TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX panel_tallies_call ON panel_tallies (call_id, id);
`;
