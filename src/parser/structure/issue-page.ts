// IWPR's own site lists each issue on a page of its own: `CRS Issue 106 | Institute for War
// and Peace Reporting`, then one entry per article — a photo caption (sometimes), the authors,
// the date it was posted (`20 Oct 01`) and the summary, one line each, with the headlines lost.
// A copy of such a page is the issue's contents with no article text.
import type { Block } from "../blocks.ts";
import { parseTagDate } from "./dates.ts";
import type { TocEntryIn } from "./articles.ts";

/** The page's title; the site's name after the bar is what tells it from a line of prose. */
export const ISSUE_PAGE_TITLE_RE = /^([A-Z]{2,4}) Issue (\d{1,5})\s*\|\s*Institute for War (?:and|&) Peace Reporting\b/;
/** `20 Oct 01`, `3 Jun 10`: the posting date, alone on its line. */
const POSTED_RE = /^\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{2,4}$/;
/** Authors on their own line: a few names, no sentence end (a photo caption has one). */
export const AUTHOR_LINE_MAX_WORDS = 10;
const NAME_TOKEN_RE = /^(?:\p{Lu}[\p{L}’'.\-]*|(?:al|el|de|van|von|bin|ibn|ul)-?[\p{L}’'.\-]*|and|&),?$/u;

export function readIssuePageTitle(line: string): { code: string; issue: number } | null {
  const m = ISSUE_PAGE_TITLE_RE.exec(line);
  return m ? { code: m[1] as string, issue: Number(m[2]) } : null;
}

/** The page's heading repeated under its title (`CRS Issue 106`). */
export function isIssuePageHeading(line: string, code: string, issue: number): boolean {
  return line === `${code} Issue ${issue}`;
}

function isAuthorLine(line: string): boolean {
  if (/[.!?:;)]$/.test(line)) return false;
  const words = line.split(/\s+/);
  return words.length <= AUTHOR_LINE_MAX_WORDS && words.every((w) => NAME_TOKEN_RE.test(w));
}

export interface IssuePageEntries {
  readonly entries: TocEntryIn[];
  /** Posting dates of the entries, in order (null where unreadable). */
  readonly dates: (string | null)[];
  /** Blocks the entries took. */
  readonly blocks: Set<number>;
}

/** The entries: each posting date with its summary on the next line and its authors on the line before. */
export function readIssuePageEntries(blocks: readonly Block[]): IssuePageEntries {
  // The page's lines in order, whether or not a blank line separates them.
  const flat: { text: string; lineNo: number; block: number }[] = [];
  blocks.forEach((b, j) => b.lines.forEach((text, k) => flat.push({ text, lineNo: b.lineNos[k] as number, block: j })));
  const entries: TocEntryIn[] = [];
  const dates: (string | null)[] = [];
  const taken = new Set<number>();
  for (let k = 0; k < flat.length; k++) {
    const posted = flat[k] as (typeof flat)[number];
    if (!POSTED_RE.test(posted.text)) continue;
    // A page cut off after an entry's date still names the entry (its summary lost).
    const summary = flat[k + 1] ?? { text: "", lineNo: posted.lineNo, block: posted.block };
    const before = k > 0 ? (flat[k - 1] as (typeof flat)[number]) : null;
    const author = before !== null && !POSTED_RE.test(before.text) && isAuthorLine(before.text) ? before : null;
    entries.push({ headlineRaw: null, summary: summary.text, byline: author?.text ?? null, issueTag: null, section: null, startLine: (author ?? posted).lineNo, endLine: summary.lineNo });
    dates.push(parseTagDate(posted.text));
    for (const x of [author, posted, summary]) if (x) taken.add(x.block);
  }
  return { entries, dates, blocks: taken };
}
