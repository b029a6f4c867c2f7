import { bundleFileExtensions } from '../../shared/domain/bundle-files';

/** Letters and digits of any script kept (张伟 stays 张伟), anything else one hyphen. */
function slug(text: string, fallback: string, max: number): string {
  const cleaned = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return cleaned || fallback;
}

/**
 * `<call code>-<reviewer name>-<reviewer id>-v<version>.pdpkg`: the officer sees whose package it
 * is and which version; the id part keeps two reviewers of the same name apart.
 */
export function packageFileName(
  callCode: string,
  reviewer: { id: string; name: string },
  version: number,
): string {
  const code = slug(callCode, 'call', 40);
  const id = slug(reviewer.id, 'r', 8);
  return `${code}-${slug(reviewer.name, 'reviewer', 40)}-${id}-v${version}.${bundleFileExtensions['assignment-package']}`;
}

/** `<call code>-panel-<member name>-<member id>-v<version>.pdpanel`: a panel package (会议评审材料包). */
export function panelPackageFileName(
  callCode: string,
  member: { id: string; name: string },
  version: number,
): string {
  const code = slug(callCode, 'call', 40);
  const id = slug(member.id, 'r', 8);
  return `${code}-panel-${slug(member.name, 'member', 40)}-${id}-v${version}.${bundleFileExtensions['panel-package']}`;
}
