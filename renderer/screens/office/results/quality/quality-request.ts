import type { RequestOf } from '../../../../../shared/contract';
import type { ResultsView } from '../../../../../shared/contract/results';

/**
 * The quality request for a call: the options of its latest ranking run (method, seed, funding
 * line, sampler settings), so funded shares answer the same question the ranking did. Without a
 * run: the mean method and no funding line.
 */
export function qualityRequest(view: ResultsView): RequestOf<'quality.call'> {
  const p = view.run?.parameters;
  if (!p) return { callId: view.call.id, method: 'mean' };
  return {
    callId: view.call.id,
    method: p.method,
    seed: p.seed,
    ...(p.fundable !== null ? { fundable: p.fundable } : {}),
    ...(p.envelope !== null && p.fundable === null ? { envelope: p.envelope } : {}),
    ...(p.chains !== null ? { chains: p.chains } : {}),
    ...(p.iterations !== null ? { iterations: p.iterations } : {}),
    ...(p.burnIn !== null ? { burnIn: p.burnIn } : {}),
  };
}
