// The one deliberate failure: a text that is not an IWPR bulletin at all. `parseBulletin`
// itself never throws; callers that must refuse such input (the CLI, the upload page)
// ask `notABulletinReason`, or use `parseBulletinOrThrow`.
import type { Bulletin } from "./model/index.ts";
import { extract } from "./extract/index.ts";
import { parseStructure, type ParseOptions } from "./parse-structure.ts";

export class NotABulletinError extends Error {
  override readonly name = "NotABulletinError";
  constructor(readonly reason: string) {
    super(reason);
  }
}

const IWPR_MARK_RE = /IWPR|iwpr\.net|Institute for War (?:&|and) Peace Reporting/i;

/** Why `bulletin` (parsed from `text`) is not an IWPR bulletin, or null when it is one. */
export function notABulletinReason(text: string, bulletin: Bulletin): string | null {
  if (text.trim() === "") return "empty file";
  const hasStructure = bulletin.title !== null || bulletin.toc.length > 0 || bulletin.articles.length > 0 || bulletin.newsBriefs.length > 0;
  if (!IWPR_MARK_RE.test(text) && bulletin.series === null) return "not an IWPR bulletin (no IWPR title, series name or iwpr.net mark)";
  if (!hasStructure) return "not an IWPR bulletin (no title line, contents or articles found)";
  return null;
}

export function parseBulletinOrThrow(text: string, options: ParseOptions = {}): Bulletin {
  const structure = parseStructure(text, options);
  const reason = notABulletinReason(text, structure);
  if (reason) throw new NotABulletinError(reason);
  return extract(structure, options);
}
