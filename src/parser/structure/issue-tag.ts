// The article's own tag: `(RCA No. 566, 07-Feb-09)`, `(CRS No. 504, 31-July-09)`,
// also wrapped over a line, without the comma, or without the opening parenthesis; on
// IWPR's site, `(TU 323, 05 September 2003)`, and for a weekly issue the week's days,
// `(TU 299, 03-07 February 2003)`: the tag's date is then the week's last day.
import type { IssueTag } from "../model/index.ts";
import { MONTH_NAME_PATTERN, parseTagDate } from "./dates.ts";

const TAG_RE = new RegExp(
  `\\(?\\b([A-Z]{2,4})\\s+(No\\.?\\s*)?(\\d{1,5})\\s*,?\\s*(?:\\d{1,2}\\s?[-–]\\s?(?=\\d))?(\\d{1,2}[-\\s]${MONTH_NAME_PATTERN}\\.?[-\\s](?:\\d{4}|\\d{2}))?\\s*\\)?`,
  "g",
);
/** A tag is looked for only in text holding `No`, or a parenthesis opening on a code and number (`(TU 323`). */
const TAG_HINT_RE = /No|\([A-Z]{2,4}\s+\d/;

export interface FoundTag {
  readonly tag: IssueTag;
  readonly index: number;
  readonly length: number;
}

/** Every tag in `text` (which may span lines), in order. */
export function findIssueTags(text: string): FoundTag[] {
  const out: FoundTag[] = [];
  if (!TAG_HINT_RE.test(text)) return out;
  TAG_RE.lastIndex = 0;
  for (let m = TAG_RE.exec(text); m; m = TAG_RE.exec(text)) {
    const raw = m[0];
    // A bare "XX No. 5" without parenthesis or date is too weak to be a tag.
    const hasParen = raw.startsWith("(") || raw.trimEnd().endsWith(")");
    if (!hasParen && !m[4]) continue;
    // Articles saved from IWPR's site write `(TU 323, 05 September 2003)`, without `No`:
    // then both parentheses and the date are required (`(UN 1244)` is not a tag).
    if (!m[2] && !(raw.startsWith("(") && raw.trimEnd().endsWith(")") && m[4])) continue;
    out.push({
      tag: { code: m[1] as string, number: Number(m[3]), date: m[4] ? parseTagDate(m[4]) : null },
      index: m.index,
      length: raw.length,
    });
  }
  return out;
}

/** Removes the tags from `text`, returning the rest with whitespace tidied, and the last tag. */
export function stripIssueTags(text: string): { rest: string; tag: IssueTag | null } {
  const tags = findIssueTags(text);
  if (tags.length === 0) return { rest: text, tag: null };
  let rest = "";
  let from = 0;
  for (const t of tags) {
    rest += text.slice(from, t.index);
    from = t.index + t.length;
  }
  rest += text.slice(from);
  return { rest: rest.replace(/[ \t]+$/gm, "").trim(), tag: (tags[tags.length - 1] as FoundTag).tag };
}
