/** File extensions of the bundle kinds; the packaged app registers them with the OS. */
export const bundleFileExtensions = {
  'assignment-package': 'pdpkg',
  'review-bundle': 'pdrev',
  'results-bundle': 'pdres',
  'panel-package': 'pdpanel',
  'ballot-bundle': 'pdballot',
} as const;
