/**
 * `contentHash` for the build, which runs in Node and wants an answer without
 * awaiting: the same canonical text, SHA-256 through node:crypto. Equal to
 * the browser's hash for every text (hash-node.test.ts).
 */
import { createHash } from "node:crypto";
import { canonicalSource } from "./hash.ts";

export function contentHashSync(text: string): string {
  return createHash("sha256").update(canonicalSource(text), "utf8").digest("hex");
}
