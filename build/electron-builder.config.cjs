// electron-builder configuration for `npm run dist`. Packaging needs network (Electron's binary and
// headers). better-sqlite3 is rebuilt for Electron by `electron-builder install-app-deps` in the
// dist script and unpacked from the asar, because native addons cannot load from inside it.
// `npmRebuild: false` keeps electron-builder from rebuilding again (a failed rebuild would delete
// the Node build the tests use). Check the layout offline with:
//   npx electron-builder --config build/electron-builder.config.cjs --dir -c.electronDist=<folder>
const bundleTypes = [
  { ext: 'pdpkg', name: 'Peerdesk assignment package', description: '评审任务包 / Assignment package' },
  { ext: 'pdrev', name: 'Peerdesk review bundle', description: '评审结果包 / Review bundle' },
  { ext: 'pdres', name: 'Peerdesk results bundle', description: '评审结果归档包 / Results bundle' },
  { ext: 'pdpanel', name: 'Peerdesk panel package', description: '会议评审材料包 / Panel package' },
  { ext: 'pdballot', name: 'Peerdesk ballot bundle', description: '投票包 / Ballot bundle' },
];

module.exports = {
  appId: 'org.peerdesk.app',
  productName: 'Peerdesk',
  copyright: 'Peerdesk contributors',
  directories: { output: 'release', buildResources: 'build' },
  files: ['out/**/*', 'package.json', '!**/*.map'],
  asar: true,
  asarUnpack: ['node_modules/better-sqlite3/**'],
  npmRebuild: false,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
  fileAssociations: bundleTypes.map((type) => ({ ...type, role: 'Viewer' })),
  linux: { target: ['AppImage', 'deb'], category: 'Office', maintainer: 'Peerdesk contributors' },
  deb: { depends: ['libnss3', 'libsecret-1-0'] },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true },
};
