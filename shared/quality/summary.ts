/** The quality report as the contract returns it: the strict CLI summary plus details. */
import type { QualityResponse } from '../contract/quality';
import type { QualityReport } from './report';

export function qualityResponse(report: QualityReport, labels: Record<string, string> = {}): QualityResponse {
  return {
    summary: {
      alpha: { ...report.alpha },
      icc1: report.icc1,
      reviewersFor: { ...report.reviewersFor },
      applications: report.applications.map((a) => ({
        application: a.application,
        n: a.n,
        spread: a.spread,
        discordant: a.discordant,
        fundedShare: a.fundedShare,
        stability: a.stability,
      })),
      reviewers: report.reviewers.map((r) => ({
        reviewer: r.reviewer,
        n: r.n,
        leniency: r.leniency,
        agreement: r.agreement,
      })),
    },
    details: {
      method: report.method,
      seed: report.seed,
      fundableCount: report.fundableCount,
      withinSd: report.withinSd,
      discordantFactor: report.discordantFactor,
      pools: report.pools,
      leniencyCri90: Object.fromEntries(report.reviewers.map((r) => [r.reviewer, r.leniencyCri90])),
      labels,
    },
  };
}
