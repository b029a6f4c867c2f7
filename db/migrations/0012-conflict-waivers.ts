/**
 * Conflict waivers (issue 10, item 9): an officer may waive a detected (`auto`) conflict with a
 * reason, e.g. two departments of one large university. `waived_reason`/`waived_at` are both NULL
 * (the conflict blocks assignment) or both set (waived: it is listed, but no longer blocks). A
 * waiver stays while re-detection keeps finding the same conflict; undoing it clears both.
 */
export const sql = /* sql */ `
ALTER TABLE conflicts ADD COLUMN waived_reason TEXT;
ALTER TABLE conflicts ADD COLUMN waived_at TEXT;
`;
