import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/temp';
import { openDatabase, schemaVersion, type Db } from '../connection';
import { createWorkspaceAtVersion } from '../../test/support/db/past-schema';
import { latestSchemaVersion } from './index';

const at = '2026-11-20T08:30:00.000Z';

/**
 * Representative rows for the tables each schema version introduced (index 0 = version 1). A
 * workspace at version k holds the rows of versions 1..k, written with that version's columns only.
 */
const rowsIntroducedBy: readonly ((db: Db) => void)[] = [
  // 1: the core tables.
  (db) => {
    db.exec(/* sql */ `
      INSERT INTO workspace_meta (key, value) VALUES ('name', '广西科技厅'), ('role', 'office');
      INSERT INTO keys (id, purpose, public_key, private_key, private_key_protection, created_at)
        VALUES ('k1', 'office-signing', 'pk-office', x'00ff10', 'safe-storage', '${at}');
      INSERT INTO calls (id, code, title_zh, title_en, category, template, status, review_due_at,
                         budget_envelope, review_mode, reviewers_per_application, rubric_version,
                         created_at, updated_at)
        VALUES ('c1', 'GX-JQ-2026', '杰青项目', 'Distinguished Young Scholars', 'lump-sum',
                'jieqing-lump-sum', 'reviewing', '2026-11-27T09:00:00.000Z', 12000000, 'blind', 3, 2,
                '${at}', '${at}');
      INSERT INTO rubric_versions (call_id, version, rubric_json, created_at)
        VALUES ('c1', 1, '{"criteria":[]}', '${at}'), ('c1', 2, '{"criteria":[{"id":"q"}]}', '${at}');
      INSERT INTO challenges (id, call_id, code, title_zh, title_en, description, awards)
        VALUES ('ch1', 'c1', 'A', '海洋', 'Ocean', '近海养殖', 2);
      INSERT INTO applications (id, call_id, reference_no, title, abstract, keywords_json, discipline,
                                challenge_id, pi_name, institution, email, team_json, duration_months,
                                requested_total, status, created_at)
        VALUES ('a1', 'c1', 'JQ-001', '喀斯特地貌的碳汇', 'Karst carbon sinks in Guangxi',
                '["碳汇","karst"]', 'D01', 'ch1', '张伟', '广西大学', 'zw@gxu.edu.cn',
                '[{"name":"李娜"}]', 36, 2000000, 'active', '${at}'),
               ('a2', 'c1', 'JQ-002', '红树林修复', 'Mangrove restoration', '[]', 'D02', NULL,
                '王芳', '桂林理工大学', '', '[]', NULL, 0, 'ineligible', '${at}');
      INSERT INTO budget_lines (application_id, work_package, year, amount)
        VALUES ('a1', 'WP1', 2027, 800000), ('a1', 'WP2', 2028, 1200000);
      INSERT INTO attachments (id, application_id, file_name, sha256, size, content)
        VALUES ('f1', 'a1', '申请书.pdf', 'abc123', 4, x'25504446');
      INSERT INTO reviewers (id, name, email, institution, expertise_json, languages_json,
                             collaborators_json, max_load, signing_public_key, enrolment_secret,
                             created_at)
        VALUES ('r1', '陈静', 'chen@example.cn', '南宁师范大学', '["生态"]', '["zh-CN"]', '[]', 8,
                'pk-r1', 'secret-r1', '${at}'),
               ('r2', 'Anna Berg', 'anna@example.se', 'Lund University', '[]', '["en"]',
                '["王芳"]', 10, NULL, NULL, '${at}');
      INSERT INTO integrity_entries (id, kind, name, institution, normalized_name,
                                     normalized_institution, valid_from, valid_to, source, reason,
                                     created_at)
        VALUES ('i1', 'person', '王芳', '桂林理工大学', '王芳', '桂林理工大学', '2025-01-01', NULL,
                '科技部通报', '数据造假', '${at}');
      INSERT INTO integrity_flags (application_id, entry_id, reason) VALUES ('a2', 'i1', 'pi');
      INSERT INTO conflicts (application_id, reviewer_id, type, reason, source, created_at)
        VALUES ('a2', 'r2', 'collaborator', '合著', 'auto', '${at}');
      INSERT INTO assignments (call_id, application_id, reviewer_id, status, locked, due_at, created_at)
        VALUES ('c1', 'a1', 'r1', 'assigned', 1, '2026-11-27T09:00:00.000Z', '${at}'),
               ('c1', 'a2', 'r1', 'recused', 0, NULL, '${at}');
      INSERT INTO reviews (call_id, application_id, reviewer_id, status, revision, digest,
                           recommendation, familiarity, choices_json, comments_json,
                           budget_opinion_json, recusal_json, exported_revision, updated_at,
                           submitted_at)
        VALUES ('c1', 'a1', 'r1', 'submitted', 2, 'd-a1-r1', 'fund', 'expert', '{"q":"4"}',
                '{"strengths":"扎实"}', '{"amount":1800000}', NULL, 2, '${at}', '${at}'),
               ('c1', 'a2', 'r1', 'recused', 1, 'd-a2-r1', NULL, NULL, '{}', '{}', NULL,
                '{"type":"personal","reason":"同事"}', NULL, '${at}', NULL);
      INSERT INTO review_scores (call_id, application_id, reviewer_id, criterion_id, value)
        VALUES ('c1', 'a1', 'r1', 'q', 4.5);
      INSERT INTO review_history (call_id, application_id, reviewer_id, revision, digest,
                                  content_json, bundle_digest, outcome, received_at)
        VALUES ('c1', 'a1', 'r1', 1, 'd-old', '{}', 'b1', 'superseded', '${at}'),
               ('c1', 'a1', 'r1', 2, 'd-a1-r1', '{}', 'b2', 'applied', '${at}');
      INSERT INTO bundle_log (digest, kind, file_name, call_id, sender_id, status, report_json, imported_at)
        VALUES ('b2', 'review', 'review-GX-JQ-2026-陈静.pdrev', 'c1', 'r1', 'applied', '{"applied":1}', '${at}');
      INSERT INTO audit_log (at, actor, action, subject, details_json)
        VALUES ('${at}', 'office', 'merge.apply', 'b2', '{"reviews":1}');
    `);
  },
  // 2: a column on applications and the search index (no new plain table).
  (db) => {
    db.exec(`UPDATE applications SET ineligible_by_integrity = 1 WHERE id = 'a2'`);
  },
  // 3: issued assignment packages.
  (db) => {
    db.exec(/* sql */ `
      INSERT INTO issued_packages (call_id, reviewer_id, version, bundle_id, file_name, digest,
                                   content_digest, application_count, rubric_version, due_at, issued_at)
        VALUES ('c1', 'r1', 1, 'pkg-1', 'GX-JQ-2026-陈静.pdpkg', 'pd1', 'cd1', 2, 2,
                '2026-11-27T09:00:00.000Z', '${at}');
    `);
  },
  // 4: the reviewer's record of opened packages.
  (db) => {
    db.exec(/* sql */ `
      INSERT INTO reviewer_packages (call_id, reviewer_id, package_version, issued_at, office_id,
                                     office_name, office_signing_public_key,
                                     office_encryption_public_key, enrolment_secret, package_digest,
                                     opened_at, last_exported_at)
        VALUES ('c1', 'r1', 1, '${at}', 'office-1', '广西科技厅', 'pk-office', 'ek-office',
                'secret-r1', 'pd1', '${at}', NULL);
    `);
  },
  // 5: results.
  (db) => {
    db.exec(/* sql */ `
      INSERT INTO ranking_runs (id, call_id, method, parameters_json, output_json, input_digest, created_at)
        VALUES ('run1', 'c1', 'bayes', '{"seed":"评审会"}', '{"applications":[]}', 'in1', '${at}');
      INSERT INTO lottery_draws (id, call_id, run_id, pool, seed, seed_source, record_json, created_at)
        VALUES ('draw1', 'c1', 'run1', 'ch1', 'seed', 'officer', '{}', '${at}');
      INSERT INTO award_overrides (call_id, application_id, amount, reason, set_at)
        VALUES ('c1', 'a1', 1500000, '预算调整', '${at}');
      INSERT INTO decisions (call_id, application_id, outcome, award_amount, note, run_id, decided_at)
        VALUES ('c1', 'a1', 'fund', 1500000, '', 'run1', '${at}'), ('c1', 'a2', 'not-fund', NULL, '不合格', NULL, '${at}');
    `);
  },
  // 6: the panel stage.
  (db) => {
    db.exec(/* sql */ `
      INSERT INTO panels (call_id, min_members, quorum, majority, requires_recommendation, created_at, updated_at)
        VALUES ('c1', 9, 0.6667, '>1/2', 1, '${at}', '${at}');
      INSERT INTO panel_shortlist (call_id, application_id, source, reason, removed_reason)
        VALUES ('c1', 'a1', 'top-n', '', NULL), ('c1', 'a2', 'manual', '专家组补充', NULL);
      INSERT INTO panel_members (call_id, reviewer_id) VALUES ('c1', 'r1');
      INSERT INTO panel_conflicts (call_id, application_id, reviewer_id) VALUES ('c1', 'a2', 'r1');
      INSERT INTO panel_schedule (call_id, application_id, position, date, time, minutes)
        VALUES ('c1', 'a1', 1, '2026-12-10', '09:00', 20);
      INSERT INTO panel_ballots (call_id, application_id, reviewer_id, vote, final_score, comment, revision,
                                 digest, source, entered_by, received_at)
        VALUES ('c1', 'a1', 'r1', 'for', 4.5, '同意资助', 1, 'd1', 'paper', '项目主管', '${at}');
      INSERT INTO panel_consensus (call_id, application_id, revision, state, text, author, saved_at)
        VALUES ('c1', 'a1', 1, 'final', '专家组一致认为……', '项目主管', '${at}');
      INSERT INTO panel_tallies (call_id, rule_json, result_json, created_at)
        VALUES ('c1', '{"quorum":0.6667,"majority":">1/2"}', '{"applications":[]}', '${at}');
    `);
  },
  // 7: keys protected by the office passphrase, and the passphrase setting.
  (db) => {
    db.exec(/* sql */ `
      INSERT INTO keys (id, purpose, public_key, private_key, private_key_protection, created_at)
        VALUES ('k2', 'office-encryption', 'ek-office', x'0a0b0c', 'passphrase', '${at}');
      INSERT INTO key_passphrase (id, salt, scrypt_n, scrypt_r, scrypt_p, check_value, set_at)
        VALUES (1, x'00112233445566778899aabbccddeeff', 16384, 8, 1, x'cafe', '${at}');
    `);
  },
  // 8: the search index rebuilt over every searchable field (no new plain table); an edit after
  // the upgrade must reach the index through its triggers.
  (db) => {
    db.exec(`UPDATE applications SET pi_name = '王芳芳' WHERE id = 'a2'`);
  },
  // 9: reviewer record.
  (db) => {
    db.exec(/* sql */ `
      INSERT INTO review_ratings (call_id, application_id, reviewer_id, rating, note, rated_at)
        VALUES ('c1', 'a1', 'r1', 3, '意见具体，有建设性', '${at}');
      INSERT INTO credit_weights (component, weight, set_at)
        VALUES ('onTime', 2, '${at}'), ('usefulness', 3, '${at}');
      INSERT INTO reviewer_annotations (reviewer_id, note, created_at)
        VALUES ('r1', '本年度因出差两次延期，已事先说明', '${at}');
    `);
  },
  // 10: application languages and a reviewer's retired signing key (columns, no new table).
  (db) => {
    db.exec(/* sql */ `
      UPDATE applications SET languages_json = '["zh"]' WHERE id = 'a1';
      UPDATE reviewers SET retired_signing_key = 'pk-r2-old' WHERE id = 'r2';
    `);
  },
  // 11: panel packages issued, and a member's panel package, its PDFs and ballots.
  (db) => {
    db.exec(/* sql */ `
      INSERT INTO issued_panel_packages (call_id, reviewer_id, version, bundle_id, file_name, digest,
                                         application_count, issued_at)
        VALUES ('c1', 'r1', 1, 'pb1', 'GX-JQ-2026-张伟-r1-v1.pdpanel', 'd1', 1, '${at}');
      INSERT INTO reviewer_panel_packages (call_id, call_code, reviewer_id, package_version, issued_at,
                                           office_id, office_signing_public_key, office_encryption_public_key,
                                           enrolment_secret, content_json, package_digest, opened_at)
        VALUES ('c1', 'GX-JQ-2026', 'r1', 1, '${at}', 'o1', 'pk-office', 'ek-office', 'secret', '{}', 'd2', '${at}');
      INSERT INTO reviewer_panel_attachments (sha256, bytes) VALUES ('ab', x'255044462d');
      INSERT INTO reviewer_ballots (call_id, application_id, vote, final_score, comment, revision, digest, saved_at)
        VALUES ('c1', 'a1', 'for', 8.5, '创新性突出', 1, 'd3', '${at}');
      `);
  },
  // 12: a waived conflict (columns, no new table).
  (db) => {
    db.exec(/* sql */ `
      UPDATE conflicts SET waived_reason = '同校不同学院，无合作关系', waived_at = '${at}'
        WHERE application_id = 'a2' AND reviewer_id = 'r2';
    `);
  },
];

type Row = Record<string, unknown>;

/** Every row of every plain table (search index shadow tables left out), keyed by table. */
function contents(db: Db): Map<string, Row[]> {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  return new Map(
    tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all() as Row[]]),
  );
}

/** The rows as they are now, cut down to the columns they had before the upgrade. */
function project(rows: Row[], like: Row[]): Row[] {
  const columns = Object.keys(like[0] ?? {});
  return rows.map((row) => Object.fromEntries(columns.map((column) => [column, row[column]])));
}

describe('upgrading a workspace from each past schema version', () => {
  it('has representative rows for every schema version, valid at the latest', () => {
    expect(rowsIntroducedBy).toHaveLength(latestSchemaVersion);
    const db = createWorkspaceAtVersion(
      path.join(tempDir('peerdesk-upgrade-'), 'office.sqlite'),
      latestSchemaVersion,
    );
    for (const fill of rowsIntroducedBy) fill(db);
    expect([...contents(db).values()].every((rows) => rows.length > 0)).toBe(true);
    db.close();
  });

  const pastVersions = Array.from({ length: latestSchemaVersion - 1 }, (_, index) => index + 1);
  it.each(pastVersions)(
    'opens a version %i workspace at the latest version with its data intact',
    (version) => {
      const file = path.join(tempDir('peerdesk-upgrade-'), 'office.sqlite');
      const old = createWorkspaceAtVersion(file, version);
      for (const fill of rowsIntroducedBy.slice(0, version)) fill(old);
      expect(schemaVersion(old)).toBe(version);
      const before = contents(old);
      old.close();

      const db = openDatabase(file, { create: false });
      expect(schemaVersion(db)).toBe(latestSchemaVersion);
      const after = contents(db);
      for (const [table, rows] of before) {
        expect(rows.length, `${table} was seeded`).toBeGreaterThan(0);
        expect(project(after.get(table) ?? [], rows), table).toEqual(rows);
      }
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
      // Columns added later take their documented defaults on old rows.
      if (version < 2) {
        const marks = db.prepare('SELECT id, ineligible_by_integrity FROM applications ORDER BY id').all();
        expect(marks).toEqual([
          { id: 'a1', ineligible_by_integrity: 0 },
          { id: 'a2', ineligible_by_integrity: 0 },
        ]);
      }
      // The search index covers applications written before it existed (migrations 2 and 8 fill
      // it), over titles and, since migration 8, reference numbers, institutions and team members.
      const found = (term: string) =>
        db
          .prepare(`SELECT application_id FROM applications_fts WHERE applications_fts MATCH ? ORDER BY 1`)
          .pluck()
          .all(`"${term}"`);
      expect(found('喀斯特')).toEqual(['a1']);
      expect(found('广西大学')).toEqual(['a1']);
      expect(found('JQ-002')).toEqual(['a2']);
      expect(found('李娜')).toEqual([]); // two characters: below the trigram, matched by LIKE instead
      db.exec(`UPDATE applications SET team_json = '["李娜娜"]' WHERE id = 'a1'`);
      expect(found('李娜娜')).toEqual(['a1']);
      if (version < 11) {
        const waived = db.prepare('SELECT waived_at FROM conflicts').pluck().all();
        expect(waived).toEqual([null]);
      }
      if (version < 10) {
        const declared = db.prepare('SELECT languages_json FROM applications ORDER BY id').pluck().all();
        expect(declared).toEqual(['[]', '[]']);
      }
      db.close();
    },
  );

  it('refuses to build a version that does not exist', () => {
    const file = path.join(tempDir('peerdesk-upgrade-'), 'office.sqlite');
    expect(() => createWorkspaceAtVersion(file, latestSchemaVersion + 1)).toThrow(/no schema version/);
  });
});
