import { canonicalBytes } from '../../shared/canonical/jcs';
import { reviewContentSchema, type ReviewContent } from '../../shared/domain/review';
import { sha256Hex } from '../crypto/hash';

/** SHA-256 of the RFC 8785 canonical JSON of a review's content: the same on every machine. */
export function reviewDigest(content: ReviewContent): string {
  return sha256Hex(canonicalBytes(reviewContentSchema.parse(content)));
}
