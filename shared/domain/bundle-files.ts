/** File extensions of the three bundle kinds; the packaged app registers them with the OS. */
export const bundleFileExtensions = {
  'assignment-package': 'pdpkg',
  'review-bundle': 'pdrev',
  'results-bundle': 'pdres',
} as const;
