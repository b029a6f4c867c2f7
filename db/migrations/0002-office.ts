/**
 * Office setup: full-text search over applications, and the mark that says an application's
 * `ineligible` status came from the integrity list (so clearing the list can restore it).
 *
 * Search uses FTS5's trigram tokenizer, which finds any substring of three or more characters and
 * so works for Chinese (no word segmentation needed) as well as English. Shorter queries fall back
 * to LIKE in the repository. The index keeps its own copy of the text keyed by application id,
 * rather than an external-content table keyed by rowid, because VACUUM (and VACUUM INTO, used for
 * backups) may renumber the rowids of a table without an INTEGER PRIMARY KEY.
 */
export const sql = /* sql */ `
ALTER TABLE applications ADD COLUMN ineligible_by_integrity INTEGER NOT NULL DEFAULT 0
  CHECK (ineligible_by_integrity IN (0, 1));

CREATE INDEX applications_call_status ON applications (call_id, status);
CREATE INDEX integrity_flags_entry ON integrity_flags (entry_id);
CREATE INDEX challenges_call ON challenges (call_id);

CREATE VIRTUAL TABLE applications_fts USING fts5(
  application_id UNINDEXED,
  title,
  abstract,
  keywords,
  tokenize = 'trigram remove_diacritics 1'
);

CREATE TRIGGER applications_fts_insert AFTER INSERT ON applications BEGIN
  INSERT INTO applications_fts (application_id, title, abstract, keywords)
  VALUES (new.id, new.title, new.abstract,
          (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(new.keywords_json)));
END;

CREATE TRIGGER applications_fts_delete AFTER DELETE ON applications BEGIN
  DELETE FROM applications_fts WHERE application_id = old.id;
END;

CREATE TRIGGER applications_fts_update AFTER UPDATE OF title, abstract, keywords_json ON applications BEGIN
  DELETE FROM applications_fts WHERE application_id = old.id;
  INSERT INTO applications_fts (application_id, title, abstract, keywords)
  VALUES (new.id, new.title, new.abstract,
          (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(new.keywords_json)));
END;

INSERT INTO applications_fts (application_id, title, abstract, keywords)
SELECT id, title, abstract, (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(keywords_json))
FROM applications;
`;
