/**
 * Parsers that turn the external test material (test/fixtures/external, see its README) into
 * ScoreRows. Pure: tests read the files with node:fs and pass the text in. Used only by tests.
 */
import type { ScoreRow } from '../../../shared/ranking/types';

function lines(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l.trim() !== '');
}

/** SNSF ERforResearch mock panels: proposal,assessor,grade,num_grade,panel (num_grade: higher is better). */
export function parseSnsfCsv(text: string): (ScoreRow & { panel: string })[] {
  const [header, ...body] = lines(text);
  const cols = (header ?? '').split(',');
  const at = (name: string): number => {
    const i = cols.indexOf(name);
    if (i < 0) throw new Error(`SNSF CSV lacks column ${name}`);
    return i;
  };
  const p = at('proposal');
  const a = at('assessor');
  const g = at('num_grade');
  const pn = at('panel');
  return body.map((l) => {
    const c = l.split(',');
    return { application: c[p] ?? '', reviewer: c[a] ?? '', score: Number(c[g]), panel: c[pn] ?? '' };
  });
}

/**
 * AIBS panel (rankrate): ratings[reviewer][proposal], 0–40 lower is better, null = not scored
 * (conflict). Proposals are named P1..P28 and reviewers R1..R12 after their 1-based positions.
 */
export interface AibsData {
  rows: ScoreRow[];
  /** Each reviewer's top-6 proposals (ids), best first; empty for reviewers who gave none. */
  topSix: string[][];
}

export function parseAibsJson(text: string): AibsData {
  const parsed = JSON.parse(text) as {
    AIBS: { ratings: (number | null)[][]; rankings: (number | null)[][] };
  };
  const rows: ScoreRow[] = [];
  parsed.AIBS.ratings.forEach((byProposal, j) => {
    byProposal.forEach((score, i) => {
      rows.push({ application: `P${i + 1}`, reviewer: `R${j + 1}`, score });
    });
  });
  const topSix = parsed.AIBS.rankings.map((r) =>
    r.filter((x): x is number => x !== null).map((x) => `P${x}`),
  );
  return { rows, topSix };
}

/**
 * ICLR 2021: paper_id, up to six ratings (columns 0..5, blank = none), decision. Columns are
 * slots, not reviewer identities, so each rating gets its own reviewer id (paper#slot): every
 * reviewer is seen once, which is the hardest case for the leniency term.
 */
export function parseIclrTsv(text: string): { rows: ScoreRow[]; decision: Map<string, string> } {
  const [header, ...body] = lines(text);
  const cols = (header ?? '').split('\t');
  const slots = cols.map((c, i) => (/^\d+$/.test(c) ? i : -1)).filter((i) => i >= 0);
  const d = cols.indexOf('decision');
  const rows: ScoreRow[] = [];
  const decision = new Map<string, string>();
  for (const l of body) {
    const c = l.split('\t');
    const id = c[0] ?? '';
    decision.set(id, c[d] ?? '');
    for (const s of slots) {
      const v = (c[s] ?? '').trim();
      if (v !== '') rows.push({ application: id, reviewer: `${id}#${cols[s] ?? s}`, score: Number(v) });
    }
  }
  return { rows, decision };
}
