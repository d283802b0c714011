/**
 * Limits on what a user may import. Named here so the refusal messages, the UI
 * and the tests all state the same numbers.
 */

/**
 * The largest file accepted. Real IWPR bulletins are 20–120 kB of text; 2 MB
 * leaves room for a whole mail-archive month saved as one file while keeping a
 * runaway file (a log, a video renamed .txt) from freezing the parser.
 */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** The limit as people read it: "2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trim(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

function trim(n: number): string {
  return n.toFixed(1).replace(/\.0$/, "");
}

/** Suffix given to an imported bulletin whose id is already taken (see `ids.ts`). */
export const IMPORTED_ID_SUFFIX = "imported";
