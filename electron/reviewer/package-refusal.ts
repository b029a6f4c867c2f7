import { AppError, isAppError } from '../../shared/errors';
import type { MessageKey } from '../../shared/i18n/message-key';

/**
 * Container and manifest refusals that all mean "this file is not something Peerdesk wrote" (or is
 * damaged past reading). A file that cannot be read at all, or changed while read, keeps its own.
 */
const NOT_A_PEERDESK_FILE =
  /^bundle\.errors\.(zip(?!ReadFailed|NotAFile|FileChanged)\w+|json\w+|notABundle|manifestInvalid|manifestNotCanonical)$/;

const KIND_MESSAGES: Record<string, MessageKey> = {
  'review-bundle': 'reviewer.errors.notAPackageReviewBundle',
  'results-bundle': 'reviewer.errors.notAPackageResultsBundle',
  'ballot-bundle': 'reviewer.errors.notAPackageReviewBundle',
};

/**
 * A refusal of the package reader in the words a reviewer uses: a file of another kind says what it
 * looks like ("it looks like a review bundle"), a file that is not a Peerdesk file at all (or is
 * damaged beyond reading) says so, with no ZIP or archive-record detail. Other refusals (wrong
 * passphrase, bad signature) already speak plainly and pass through unchanged.
 */
export function plainPackageRefusal(error: unknown): unknown {
  if (!isAppError(error)) return error;
  if (error.code === 'bundle.errors.wrongKind') {
    const actual = String(error.params.actual ?? '');
    return new AppError(KIND_MESSAGES[actual] ?? 'reviewer.errors.notAPackage', {}, error);
  }
  if (NOT_A_PEERDESK_FILE.test(error.code)) return new AppError('reviewer.errors.notAPackage', {}, error);
  return error;
}
