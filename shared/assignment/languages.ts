/**
 * Language is a hard constraint of assignment: a reviewer may review an application only when they
 * share a language. A side that declares no language (an empty list) accepts any, so older
 * workspaces and files without a language column assign exactly as before.
 */
export function languagesCompatible(
  applicationLanguages: readonly string[],
  reviewerLanguages: readonly string[],
): boolean {
  if (applicationLanguages.length === 0 || reviewerLanguages.length === 0) return true;
  return applicationLanguages.some((language) => reviewerLanguages.includes(language));
}
