/** How the search emitter names a file by its content (emit.ts), and its patch (search-patch.ts) the same way. */
import { createHash } from "node:crypto";

/** Enough of a SHA-256 to tell files apart: a shard's or chunk's name changes whenever its content does. */
export const contentHash = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 12);

/** `contentHash` of the lines joined by newlines, without joining them. */
export function linesHash(lines: readonly string[]): string {
  const hash = createHash("sha256");
  lines.forEach((line, i) => (i === 0 ? hash : hash.update("\n")).update(line));
  return hash.digest("hex").slice(0, 12);
}
