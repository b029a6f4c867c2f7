import { bundleFileExtensions } from '../../shared/domain/bundle-files';

/** Letters and digits of any script kept (张伟 stays 张伟), everything else one hyphen. */
export function fileNameSlug(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** yyyymmdd-hhmm in UTC: the same name whatever time zone the laptop is set to. */
function stamp(at: Date): string {
  const iso = at.toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}

/** `review-<call code>-<reviewer>-<yyyymmdd-hhmm>.pdrev`: who and when, at a glance in an inbox. */
export function reviewBundleFileName(callCode: string, reviewerName: string, at: Date): string {
  const code =
    callCode
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .slice(0, 64) || 'call';
  return `review-${code}-${fileNameSlug(reviewerName, 'reviewer')}-${stamp(at)}.${bundleFileExtensions['review-bundle']}`;
}

/** `ballots-<call code>-<member>-<yyyymmdd-hhmm>.pdballot`: a panel member's ballot bundle. */
export function ballotBundleFileName(callCode: string, memberName: string, at: Date): string {
  const code =
    callCode
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .slice(0, 64) || 'call';
  return `ballots-${code}-${fileNameSlug(memberName, 'member')}-${stamp(at)}.${bundleFileExtensions['ballot-bundle']}`;
}
