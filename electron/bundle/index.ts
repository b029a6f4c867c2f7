/** Node-only bundle I/O (no 'electron' import): the safe ZIP container and the signed envelope. */
export { openZip, readZip, type ZipArchive, type ZipEntryInfo, type ZipReadOptions } from './zip-reader';
export { writeZip, type ZipWriterEntry, type ZipWriterOptions } from './zip-writer';
export {
  writeBundle,
  openBundle,
  type WriteBundleInput,
  type BundleEntryInput,
  type BundleEncryptionInput,
  type BundleDecryption,
  type OpenBundleOptions,
  type OpenedBundle,
} from './envelope';
