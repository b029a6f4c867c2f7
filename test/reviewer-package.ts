/** For renderer tests (which may not import electron/): real assignment packages to open. */
export {
  buildFixturePackage,
  completeDraft,
  jieqingFixtureRubric,
  type FixturePackage,
} from './support/reviewer/fixtures';
