/**
 * The one size limit on a bulletin file, for the CLI, the build and the import
 * alike, and how sizes are written in the messages that state it.
 */

/**
 * The largest file read. Real IWPR bulletins are 20–120 kB of text; 2 MB
 * leaves room for a whole mail-archive month saved as one file while keeping a
 * runaway file (a log, a video renamed .txt) from freezing the parser.
 */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** A size as people read it: "2 MB", "3.1 MB", "740 kB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trim(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

function trim(n: number): string {
  return n.toFixed(1).replace(/\.0$/, "");
}
