/**
 * Discordant applications: the reviewers of one application disagree much more than reviewers of
 * this call usually do.
 *
 * Rule: discordant when the application's score SD (sample, n − 1; needs n ≥ 2) exceeds
 * DISCORDANT_FACTOR × σ_w, σ_w = √MSW the pooled within-application SD of the call (icc.ts).
 * The cut-off is relative to the call, never a fixed number of points. Why 1.5: if every
 * application had the call's typical disagreement (normal errors), (n − 1)s²/σ_w² ~ χ²(n − 1),
 * so a false flag has probability P(χ²₄ > 9) ≈ 6 % with 5 reviews and P(χ²₂ > 4.5) ≈ 11 % with 3:
 * roughly one application in ten to twenty gets a second look.
 */
export const DISCORDANT_FACTOR = 1.5;

export function isDiscordant(spread: number | null, withinSd: number | null): boolean {
  return spread !== null && withinSd !== null && spread > DISCORDANT_FACTOR * withinSd;
}
