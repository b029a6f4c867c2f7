/**
 * Officer daily use (issue 10, items 5 and 6):
 *
 * - `applications.languages_json`: the languages an application is written in (`["zh"]`,
 *   `["en"]`). Auto-assignment never pairs it with a reviewer who declares languages and shares
 *   none of them; `[]` means not declared (every workspace before this version), which constrains
 *   nothing.
 * - `reviewers.retired_signing_key`: the signing key an officer retired by re-enrolling the
 *   reviewer (second laptop, reinstall). Set together with clearing `signing_public_key` and
 *   `enrolment_secret`; while `signing_public_key` is NULL and this is not, the reviewer is
 *   "waiting to re-enrol". Reviews already merged under the retired key stay as they are.
 */
export const sql = /* sql */ `
ALTER TABLE applications ADD COLUMN languages_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE reviewers ADD COLUMN retired_signing_key TEXT;
`;
