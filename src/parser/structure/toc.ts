// Table of contents entries: `HEADLINE  Summary sentence.  By X in Y (RCA No. 566, 07-Feb-09)`,
// wrapped over lines; 2002 entries one per line with a single-space gap; entries whose
// UPPERCASE first line was dropped; section headers between entries.
import type { IssueTag } from "../model/index.ts";
import { BY_START_RE, isByline } from "./byline.ts";
import { stripIssueTags } from "./issue-tag.ts";
import { findLongDate } from "./dates.ts";
import { findSeriesName } from "./series.ts";
import { isTitleCaseHeadline } from "./headline-case.ts";

export interface RawTocEntry {
  readonly headlineRaw: string | null;
  readonly summary: string;
  readonly byline: string | null;
  readonly issueTag: IssueTag | null;
  /** A web re-post's group heading above the headline (`Karabakh Focus`). */
  readonly sectionAbove?: string;
}

const LOWER_RE = /\p{Ll}/u;
/** Hoisted: a regex literal in the per-character loop was a new object per character. */
const LETTER_RE = /\p{L}/u;
/** A headline has at least this many letters: a lone `A` or `IWPR` opening a summary is not one. */
export const HEADLINE_MIN_LETTERS = 6;
/** One-letter words that, after a single-space gap, begin the summary rather than end the headline. */
const SUMMARY_OPENERS = new Set(["A", "I"]);

function letters(s: string): number {
  let n = 0;
  for (const ch of s) if (LETTER_RE.test(ch)) n++;
  return n;
}

/** Splits the uppercase headline off the front of an entry: the run of words with no lower-case letter. */
export function splitHeadline(text: string): { headline: string | null; rest: string } {
  const tokenRe = /\S+/g;
  let runEnd = 0;
  let cutAt = -1; // end of the headline at a gap of two spaces inside the run
  let lastTokenStart = 0;
  let prevEnd = -1;
  let tokens = 0;
  for (let m = tokenRe.exec(text); m; m = tokenRe.exec(text)) {
    const tok = m[0];
    if (LOWER_RE.test(tok)) break;
    if (prevEnd >= 0 && cutAt < 0) {
      const gap = text.slice(prevEnd, m.index);
      if (!gap.includes("\n") && gap.length >= 2) cutAt = prevEnd;
    }
    lastTokenStart = m.index;
    runEnd = m.index + tok.length;
    prevEnd = runEnd;
    tokens++;
  }
  if (tokens === 0) return { headline: null, rest: text };
  let end = cutAt >= 0 ? cutAt : runEnd;
  // `HEADLINE A plan to…` (single space): the lone capital opens the summary.
  if (cutAt < 0 && runEnd < text.length && tokens > 1 && SUMMARY_OPENERS.has(text.slice(lastTokenStart, runEnd))) {
    end = lastTokenStart;
  }
  const headline = text.slice(0, end).replace(/\s+/g, " ").trim();
  if (letters(headline) < HEADLINE_MIN_LETTERS) return { headline: null, rest: text };
  return { headline, rest: text.slice(end) };
}

const SINGLE_SPACE_BYLINE_RE = /[.?!]["”’)]?\s+([^.?!]+)$/;
const SENTENCE_BREAK_RE = /[.?!]["”’)]?(?=(?: {2,}|\s*\n)\s*\S)/g;

/** Splits a byline off the end of `text`: `… summary.  By X in Y`, `… summary. X in Y`, `IWPR team reports from …`. */
export function splitByline(text: string): { summary: string; byline: string | null } {
  const flat = text;
  // `By` on a new line or after a gap: the last one that starts a real byline.
  const byRe = /(^|\s)By\s+(?=\p{Lu})/gu;
  let byAt = -1;
  for (let m = byRe.exec(flat); m; m = byRe.exec(flat)) {
    const start = m.index + (m[1] as string).length;
    if (isByline(flat.slice(start).replace(/\s+/g, " "))) {
      byAt = start;
      break;
    }
  }
  if (byAt >= 0) return { summary: flat.slice(0, byAt), byline: tidy(flat.slice(byAt)) };
  // No `By`: the text after the last sentence end, when it reads as a byline.
  let lastBreak = -1;
  SENTENCE_BREAK_RE.lastIndex = 0;
  for (let m = SENTENCE_BREAK_RE.exec(flat); m; m = SENTENCE_BREAK_RE.exec(flat)) lastBreak = m.index + m[0].length;
  const reportsAt = flat.search(/(?:^|[.?!]\s+)(?:IWPR|Our|An IWPR)\b[^.?!]*\breports? from\b/);
  if (reportsAt >= 0) {
    const start = flat.slice(reportsAt).search(/(?:IWPR|Our|An IWPR)\b/) + reportsAt;
    return { summary: flat.slice(0, start), byline: tidy(flat.slice(start)) };
  }
  // BCR: the byline is the summary's last sentence, `X reports from A and Y reports from B.`
  const lastSentence = lastSentenceStart(flat);
  if (lastSentence > 0 && REPORTS_FROM_WORDS_RE.test(flat.slice(lastSentence))) {
    const tail = tidy(flat.slice(lastSentence));
    if (isByline(tail)) return { summary: flat.slice(0, lastSentence), byline: tail };
  }
  if (lastBreak > 0) {
    const tail = flat.slice(lastBreak).replace(/\s+/g, " ").trim();
    if (isByline(tail)) return { summary: flat.slice(0, lastBreak), byline: tidy(tail) };
  }
  // 2002 one-line entries: a single space before a byline without `By` (`…fall. Valbona Hasani in Durres`).
  const single = SINGLE_SPACE_BYLINE_RE.exec(flat);
  if (single && isByline(single[1] as string)) return { summary: flat.slice(0, single.index + 1), byline: tidy(single[1] as string) };
  return { summary: flat, byline: null };
}

const REPORTS_FROM_WORDS_RE = /\breports?\s+from\b/;
/** A sentence end followed by the next sentence's capital (any spacing, line breaks included). */
const SENTENCE_START_RE = /[.?!]["”’)]?\s+(?=["“‘]?\p{Lu})/gu;

function lastSentenceStart(text: string): number {
  let at = -1;
  SENTENCE_START_RE.lastIndex = 0;
  for (let m = SENTENCE_START_RE.exec(text); m; m = SENTENCE_START_RE.exec(text)) at = m.index + m[0].length;
  return at;
}

function tidy(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

export function parseTocEntry(lines: readonly string[]): RawTocEntry {
  // Web re-posts: Title Case headline lines above the summary. Of two, the first names a
  // group of stories (`Story Behind the Story`, `Karabakh Focus`) and the last is the headline.
  let titled = 0;
  while (titled < lines.length - 1 && isTitleCaseHeadline(lines[titled] as string) && splitHeadline(lines[titled] as string).headline === null) titled++;
  if (titled > 0) {
    const { rest, tag } = stripIssueTags(lines.slice(titled).join("\n"));
    const { summary, byline } = splitByline(rest.trim());
    const sectionAbove = titled > 1 ? tidy(lines.slice(0, titled - 1).join(" ")) : undefined;
    return { headlineRaw: lines[titled - 1] as string, summary: tidy(summary), byline: byline ? byline.replace(/[.;,]$/, "") : null, issueTag: tag, ...(sectionAbove ? { sectionAbove } : {}) };
  }
  const { rest, tag } = stripIssueTags(lines.join("\n"));
  const { headline, rest: afterHeadline } = splitHeadline(rest);
  const { summary, byline } = splitByline(afterHeadline.trim());
  return { headlineRaw: headline, summary: tidy(summary), byline: byline ? byline.replace(/[.;,]$/, "") : null, issueTag: tag };
}

/**
 * 1999 Balkan Crisis Report: the contents are one run of text, `HEADLINE. Summary… HEADLINE.
 * Summary…`, with no bylines. An entry starts after a sentence end with an UPPERCASE run of at
 * least two words ending in a full stop, followed by the summary's first words.
 */
const RUN_IN_START_RE = /[.?!]["”’)]?\s+(?=((?:[^\s\p{Ll}]+\s+)+[^\s\p{Ll}]*\.)\s+\p{Lu}(?:\p{Ll}|[\p{L}’']*\s+\p{Ll}))/gu;

/** Offsets in `text` where a run-in entry starts (after the first). */
export function runInEntryStarts(text: string): number[] {
  const out: number[] = [];
  RUN_IN_START_RE.lastIndex = 0;
  for (let m = RUN_IN_START_RE.exec(text); m; m = RUN_IN_START_RE.exec(text)) {
    const headline = m[1] as string;
    if (headline.split(/\s+/).length >= 2 && letters(headline) >= HEADLINE_MIN_LETTERS) out.push(m.index + m[0].length);
  }
  return out;
}

/** Sections: `SPECIAL REPORT`, `COMMENT:`, `KYRGYZ ELECTION UPDATES 2009` — uppercase, short, alone. */
export const SECTION_MAX_CHARS = 60;

/**
 * What tells a section header from a lone headline: a trailing colon (`COMMENT:`), a
 * word that names a kind of coverage, or a year (`KYRGYZ ELECTION UPDATES 2009`).
 */
const SECTION_WORDS_RE =
  /:$|\b(?:SPECIAL|REPORTS?|COMMENT|COMMENTARY|ANALYSIS|UPDATES?|FEATURES?|FOCUS|BRIEFINGS?|INTERVIEWS?|OPINION|NEWS|DISPATCH|PROFILE|ELECTIONS?|DIARY|SERIES|INVESTIGATION)\b|\b(?:19|20)\d\d\b/;

export function isSectionHeader(lines: readonly string[]): boolean {
  if (lines.length !== 1) return false;
  const line = lines[0] as string;
  return (
    line.length <= SECTION_MAX_CHARS &&
    !LOWER_RE.test(line) &&
    letters(line) >= 4 &&
    !/https?:|www\./i.test(line) &&
    !/:\s*\S/.test(line) &&
    SECTION_WORDS_RE.test(line)
  );
}

export function sectionName(line: string): string {
  return line.replace(/\s*:$/, "").replace(/\s+/g, " ").trim();
}

/** Starts a new TOC entry inside a block: the 2002 style has one entry per line and no blank lines. */
export function startsEntry(line: string): boolean {
  const { headline, rest } = splitHeadline(line);
  return headline !== null && LOWER_RE.test(rest) && headline.split(" ").length >= 2;
}

/** `BALKAN CRISIS REPORT, NO. 311, 14 February 2002` under a `Subject:` title: the title again, not an entry. */
export function isTitleRepeat(text: string): boolean {
  return text.length < 160 && /\bNo\.?\s*\d/i.test(text) && findSeriesName(text) !== null && findLongDate(text) !== null;
}

/** Does this block read as part of a table of contents? */
export function isTocBlock(lines: readonly string[]): boolean {
  if (isSectionHeader(lines)) return true;
  const text = lines.join("\n");
  if (isTitleRepeat(text)) return false;
  if (startsEntry(lines[0] as string)) return true;
  if (stripIssueTags(text).tag) return true;
  return splitByline(text).byline !== null && text.length < 1200;
}

/** Splits a TOC block into entry line groups (one group unless entries are packed line after line). */
export function splitEntries(lines: readonly string[]): string[][] {
  const groups: string[][] = [];
  let cur: string[] = [];
  for (const line of lines) {
    // The previous entry ended (a sentence, a byline, a tag or a section header), and this
    // line opens with a headline or is a section header itself (packed 2002 contents).
    const prev = cur[cur.length - 1];
    const prevEnded = prev !== undefined && (/[.?!)"”’]$/.test(prev) || isSectionHeader([prev]) || splitByline(prev).byline !== null);
    if (prevEnded && (isSectionHeader([line]) || startsEntry(line) || isTitleCaseHeadline(line)) && !BY_START_RE.test(line)) {
      groups.push(cur);
      cur = [];
    }
    cur.push(line);
  }
  if (cur.length > 0) groups.push(cur);
  return groups;
}
