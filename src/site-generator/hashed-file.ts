/**
 * A piece's file name: its kind and enough of a SHA-256 of its content to
 * tell files apart, under HASHED_DATA_DIR (cached for good: `_headers`), so
 * the name changes whenever the content does. Build side only (node:crypto).
 */
import { createHash } from "node:crypto";
import { HASHED_DATA_DIR } from "./data-paths.ts";

export const hashedDataFile = (kind: string, source: string): string =>
  `${HASHED_DATA_DIR}/${kind}-${createHash("sha256").update(source).digest("hex").slice(0, 12)}.json`;
