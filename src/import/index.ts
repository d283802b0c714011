/**
 * Importing the user's own bulletins: the public surface of src/import/.
 * The app uses `importFiles` with the browser store and the worker parser;
 * everything else here is pure and tested in Node.
 */
export { MAX_IMPORT_BYTES, formatBytes, IMPORTED_ID_SUFFIX } from "./limits.ts";
export { checkFile, type RefusalReason } from "./check-file.ts";
export { contentHash } from "./hash.ts";
export { distinctId } from "./ids.ts";
export {
  importFiles,
  fromBrowserFile,
  describe,
  type FileOutcome,
  type ImportProgress,
  type SourceFile,
  type ParseText,
} from "./import-files.ts";
export { createImportStore, memoryKeyValue, type ImportStore, type ImportRecord, type ImportListing, type UnreadableImport } from "./store.ts";
export { browserImportStore } from "./idb-store.ts";
export { createParser } from "./parse-client.ts";
