/** For renderer tests (which may not import electron/): real assignment packages to open. */
export { buildFixturePackage, type FixturePackage } from '../electron/reviewer/test-fixtures';
