// The title line: `WELCOME TO IWPR'S REPORTING CENTRAL ASIA, No. 565 Part Two, February 7, 2009`,
// possibly wrapped over two lines, with a curly, straight or lost apostrophe, or in
// older issues a `Subject: …: IWPR'S BALKAN CRISIS REPORT, NO. 11` line.
import { findLongDate } from "./dates.ts";
import { findSeriesName } from "./series.ts";

export interface TitleInfo {
  /** As in the source; a wrapped title is joined with one space. */
  readonly title: string;
  /** Indexes of the normalised lines the title occupies. */
  readonly lineIndexes: number[];
  readonly series: string | null;
  readonly seriesCode: string | null;
  readonly issue: number | null;
  readonly part: number | null;
  readonly date: string | null;
}

/** The title sits above the contents; mail headers and chrome may come first. */
export const TITLE_SEARCH_LINES = 60;

/** `IWPR'S`, `IWPR’S`, `IWPR S` (lost apostrophe), `IWPRS`. */
const IWPRS_RE = /\bIWPR\s?[’'‘`´]?\s?S\b/i;
const WELCOME_RE = /^(?:Subject:.*)?WELCOME TO\b/i;
const ISSUE_RE = /\bNo\.?\s*(\d{1,5})\b/i;
const PART_RE = /\bPart\s+(One|Two|Three|Four|Five|Six|\d{1,2})\b/i;
const PART_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

export function parsePart(word: string): number | null {
  const n = PART_WORDS[word.toLowerCase()] ?? Number(word);
  return Number.isInteger(n) && n > 0 ? n : null;
}

function isTitleLine(line: string): boolean {
  if (!IWPRS_RE.test(line) && !WELCOME_RE.test(line)) return false;
  // `IWPR's weekly radio programmes…` in the boilerplate is not a title: a title names a series.
  return findSeriesName(line) !== null || WELCOME_RE.test(line);
}

/**
 * A mail may carry the title twice: a `Subject:` header (often without the date) and the
 * `WELCOME TO …` line. The fuller one wins; both are taken out of the text.
 */
export function findTitle(lines: readonly string[]): TitleInfo | null {
  const first = findTitleFrom(lines, 0);
  if (!first || first.date !== null) return first;
  const after = (first.lineIndexes[first.lineIndexes.length - 1] as number) + 1;
  const second = findTitleFrom(lines, after, after + TITLE_REPEAT_WINDOW, first);
  if (!second || second.date === null) return first;
  return { ...second, lineIndexes: [...first.lineIndexes, ...second.lineIndexes] };
}

/** How far below a dateless title a fuller one is looked for. */
export const TITLE_REPEAT_WINDOW = 8;

/**
 * Old BCR mails: the body repeats the Subject's title without `IWPR'S`
 * (`BALKAN CRISIS REPORT, NO. 163, 4 August 2000`). Below a dateless title, a line
 * naming the same series and the same issue number is that title again.
 */
function repeatsTitle(line: string, of: TitleInfo): boolean {
  if (of.series === null || of.issue === null) return false;
  const issue = ISSUE_RE.exec(line);
  return issue !== null && Number(issue[1]) === of.issue && findSeriesName(line)?.series.name === of.series;
}

function findTitleFrom(lines: readonly string[], from: number, to = TITLE_SEARCH_LINES, repeatOf?: TitleInfo): TitleInfo | null {
  const limit = Math.min(lines.length, to);
  for (let i = from; i < limit; i++) {
    const line = lines[i] as string;
    if (line === "" || !(isTitleLine(line) || (repeatOf !== undefined && repeatsTitle(line, repeatOf)))) continue;
    const lineIndexes = [i];
    let title = line;
    // A wrapped title: the date (or the issue number) went onto the next line.
    const next = lines[i + 1];
    if (next && findLongDate(line) === null && (findLongDate(next) !== null || (/,$/.test(line) && ISSUE_RE.test(next)))) {
      title = `${line} ${next}`;
      lineIndexes.push(i + 1);
    }
    const series = findSeriesName(title);
    const issue = ISSUE_RE.exec(title);
    const part = PART_RE.exec(title);
    return {
      title,
      lineIndexes,
      series: series?.series.name ?? null,
      seriesCode: series?.series.code ?? null,
      issue: issue ? Number(issue[1]) : null,
      part: part ? parsePart(part[1] as string) : null,
      date: findLongDate(title)?.iso ?? null,
    };
  }
  return null;
}
