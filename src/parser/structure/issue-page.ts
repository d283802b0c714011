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
  const entries: TocEntryIn[] = [];
  const dates: (string | null)[] = [];
  const taken = new Set<number>();
  for (let j = 0; j < blocks.length; j++) {
    const b = blocks[j] as Block;
    for (let k = 0; k < b.lines.length; k++) {
      const line = b.lines[k] as string;
      if (!POSTED_RE.test(line) || k + 1 >= b.lines.length) continue;
      const summary = b.lines[k + 1] as string;
      const before = k > 0 ? (b.lines[k - 1] as string) : null;
      const byline = before !== null && !POSTED_RE.test(before) && isAuthorLine(before) ? before : null;
      const startLine = b.lineNos[byline ? k - 1 : k] as number;
      entries.push({ headlineRaw: null, summary, byline, issueTag: null, section: null, startLine, endLine: b.lineNos[k + 1] as number });
      dates.push(parseTagDate(line));
      taken.add(j);
    }
  }
  return { entries, dates, blocks: taken };
}
