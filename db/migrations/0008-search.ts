/**
 * Search finds an application by anything an officer would type: reference number, title,
 * abstract, keywords, PI, institution and team members. Migration 2's index held only title,
 * abstract and keywords, so “广西大学”, a PI's name or a reference number found nothing.
 *
 * The index is rebuilt with every searchable field, still with FTS5's trigram tokenizer: any
 * substring of three or more characters matches through the index (Chinese needs no word
 * segmentation). Shorter terms (two-character names such as 张伟, “AI”) are matched by the
 * repository with LIKE over the index's own copy of the same text, so both paths search exactly
 * the same fields. Team members are indexed as plain names joined by spaces, never as JSON text.
 */
const searchableValues = (row: 'new' | 'applications') => {
  const p = row === 'new' ? 'new.' : '';
  return `${p}id, ${p}reference_no, ${p}title, ${p}abstract,
    (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(${p}keywords_json)),
    ${p}pi_name, ${p}institution,
    (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(${p}team_json))`;
};

const columns = 'application_id, reference_no, title, abstract, keywords, pi_name, institution, team';

export const sql = /* sql */ `
DROP TRIGGER applications_fts_insert;
DROP TRIGGER applications_fts_delete;
DROP TRIGGER applications_fts_update;
DROP TABLE applications_fts;

CREATE VIRTUAL TABLE applications_fts USING fts5(
  application_id UNINDEXED,
  reference_no,
  title,
  abstract,
  keywords,
  pi_name,
  institution,
  team,
  tokenize = 'trigram remove_diacritics 1'
);

CREATE TRIGGER applications_fts_insert AFTER INSERT ON applications BEGIN
  INSERT INTO applications_fts (${columns}) VALUES (${searchableValues('new')});
END;

CREATE TRIGGER applications_fts_delete AFTER DELETE ON applications BEGIN
  DELETE FROM applications_fts WHERE application_id = old.id;
END;

CREATE TRIGGER applications_fts_update
AFTER UPDATE OF reference_no, title, abstract, keywords_json, pi_name, institution, team_json ON applications
BEGIN
  DELETE FROM applications_fts WHERE application_id = old.id;
  INSERT INTO applications_fts (${columns}) VALUES (${searchableValues('new')});
END;

INSERT INTO applications_fts (${columns}) SELECT ${searchableValues('applications')} FROM applications;
`;
