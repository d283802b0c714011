// The parser's public surface: `parseBulletin(text, { fileName })` → Bulletin.
// Pure: no Node or DOM APIs, so the build, the CLI and the browser share it.
import type { Bulletin } from "./model/index.ts";
import { extract } from "./extract/index.ts";
import { parseStructure, type ParseOptions } from "./parse-structure.ts";

export type { ParseOptions } from "./parse-structure.ts";
export { parseStructure } from "./parse-structure.ts";
export { NotABulletinError, notABulletinReason, parseBulletinOrThrow } from "./not-a-bulletin.ts";

/** Never throws on any string; damage it works around is listed in `warnings`. */
export function parseBulletin(text: string, options: ParseOptions = {}): Bulletin {
  return extract(parseStructure(text, options), options);
}
