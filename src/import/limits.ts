/**
 * Limits on what a user may import. Named here so the refusal messages, the UI
 * and the tests all state the same numbers. The size limit is the one every
 * reader of bulletin files keeps (src/source-text/size.ts).
 */
import { MAX_SOURCE_BYTES } from "../source-text/index.ts";

export { formatBytes } from "../source-text/index.ts";

export const MAX_IMPORT_BYTES = MAX_SOURCE_BYTES;

/** Suffix given to an imported bulletin whose id is already taken (see `ids.ts`). */
export const IMPORTED_ID_SUFFIX = "imported";
