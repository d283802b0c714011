// The title line: `WELCOME TO IWPR'S REPORTING CENTRAL ASIA, No. 565 Part Two, February 7, 2009`,
// possibly wrapped over two lines, with a curly, straight or lost apostrophe, or in
// older issues a `Subject: …: IWPR'S BALKAN CRISIS REPORT, NO. 11` line.
import { findLongDate, MONTH_NAME_PATTERN, parseTagDate } from "./dates.ts";
import { findSeriesName, seriesByCode } from "./series.ts";
import { isIssuePageHeading, readIssuePageTitle } from "./issue-page.ts";

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
  /** Title lines taken out that were not the bulletin's own (a group page's preview of the message). */
  readonly secondHand: readonly { index: number; what: string }[];
  /** Where the title comes from: the mail's own title line, a blog or news site's post title, or IWPR's site's issue page. */
  readonly form: "mail" | "site-post" | "issue-page";
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

/**
 * A bulletin re-posted on a blog or news site carries the site's title: the issue's date,
 * the series and its number (`29 Mar 07 Caucasus Reporting Service 385`,
 * `NEWS: 18 Sep 09 | Caucasus Reporting Service 511 (iwpr.net)`). A digest of several
 * issues (`… 502 until 7 Aug 09 | Caucasus Reporting Service 505`) is read as its last one.
 */
const SITE_TITLE_RE = new RegExp(`(\\d{1,2}\\s+${MONTH_NAME_PATTERN}\\.?\\s+\\d{2,4})\\s*\\|?\\s*([A-Z][A-Za-z ]{5,40}?)\\s+(\\d{1,5})\\b`, "g");
const SITE_TITLE_START_RE = /^(?:[A-Z]{2,10}:\s*)?\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{2,4}\b/;

interface SiteTitle {
  readonly seriesName: string;
  readonly seriesCode: string;
  readonly issue: number;
  readonly date: string | null;
}

export function readSiteTitle(line: string): SiteTitle | null {
  if (line.length > 200 || !SITE_TITLE_START_RE.test(line)) return null;
  let last: SiteTitle | null = null;
  SITE_TITLE_RE.lastIndex = 0;
  for (let m = SITE_TITLE_RE.exec(line); m; m = SITE_TITLE_RE.exec(line)) {
    const series = findSeriesName(m[2] as string);
    if (!series) continue;
    last = { seriesName: series.series.name, seriesCode: series.series.code, issue: Number(m[3]), date: parseTagDate(m[1] as string) };
  }
  return last;
}

/**
 * A title line without its greeting, as 2002 copies repeat it under the mail's subject and as
 * copies that lost the subject keep it alone: `BALKAN CRISIS REPORT, NO. 318, 7 March 2002`.
 * It must begin with a series' name in capitals, straight followed by its number, and carry
 * the date: a group page's own heading for the thread (`Balkan Crisis Report No. 363`) and a
 * mail subject's dateless copy are not the bulletin's line.
 */
const BARE_TITLE_RE = /^([A-Z][A-Za-z&' ]{5,60}?),?\s+No\.?\s*\d{1,5}\b/i;

function isBareTitle(line: string): boolean {
  const m = BARE_TITLE_RE.exec(line.trim());
  if (!m) return false;
  const name = m[1] as string;
  return name === name.toUpperCase() && findSeriesName(name) !== null && findLongDate(line) !== null;
}

function isTitleLine(line: string): boolean {
  if (!IWPRS_RE.test(line) && !WELCOME_RE.test(line)) return false;
  // `IWPR's weekly radio programmes…` in the boilerplate is not a title: a title names a series.
  return findSeriesName(line) !== null || WELCOME_RE.test(line);
}

/**
 * A mail may carry the title twice: a `Subject:` header (often without the date) and the
 * `WELCOME TO …` line; a list-group page shows a preview of the message (the title run on
 * into the first contents entry) above the message itself. The bulletin's own line wins;
 * all of them are taken out of the text.
 */
export function findTitle(lines: readonly string[]): TitleInfo | null {
  const first = findTitleFrom(lines, 0);
  if (!first) return null;
  const preview = isPreview(first);
  if (first.date !== null && !preview && !isSubject(first)) return first;
  const after = (first.lineIndexes[first.lineIndexes.length - 1] as number) + 1;
  const second = findTitleFrom(lines, after, after + TITLE_REPEAT_WINDOW, first);
  const secondHand = preview ? [{ index: first.lineIndexes[0] as number, what: "a web page's preview of the message" }] : [];
  if (!second || (second.date === null && first.date !== null) || isPreview(second)) {
    return { ...first, title: preview ? untilDate(first.title) : ownPart(first.title) };
  }
  return { ...second, title: ownPart(second.title), lineIndexes: [...first.lineIndexes, ...second.lineIndexes], secondHand };
}

/**
 * Group pages (Yahoo! Groups and the like) list each message with a one-line preview: the
 * title, then the first contents entry's words on the same line. Past the date, a title
 * has at most a full stop; this many characters more are a preview.
 */
export const PREVIEW_TAIL_MIN_CHARS = 12;

function isPreview(t: TitleInfo): boolean {
  const d = findLongDate(t.title);
  return d !== null && t.title.length - (d.index + d.length) >= PREVIEW_TAIL_MIN_CHARS;
}

function untilDate(title: string): string {
  const d = findLongDate(title);
  return d ? title.slice(0, d.index + d.length) : title;
}

function isSubject(t: TitleInfo): boolean {
  return SUBJECT_PREFIX_RE.test(t.title);
}

/** `Subject: [bcr-list] Syndicate: IWPR'S BALKAN CRISIS REPORT, NO. 36` — the list's prefixes before the title. */
const SUBJECT_PREFIX_RE = /^Subject:\s/i;
const OWN_TITLE_START_RE = /\b(?:WELCOME TO\b|IWPR\s?[’'‘`´]?\s?S\b)/i;

/** The title without a mail subject's prefixes (`Subject:`, a list name, `Syndicate:`). */
function ownPart(title: string): string {
  if (!SUBJECT_PREFIX_RE.test(title)) return title;
  const m = OWN_TITLE_START_RE.exec(title);
  return m ? title.slice(m.index) : title.replace(SUBJECT_PREFIX_RE, "").trim();
}

/** How far below a dateless title a fuller one is looked for. */
export const TITLE_REPEAT_WINDOW = 12;

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
    if (line === "") continue;
    const site = repeatOf === undefined ? readSiteTitle(line) : null;
    if (site) {
      return { title: line, lineIndexes: [i], series: site.seriesName, seriesCode: site.seriesCode, issue: site.issue, part: null, date: site.date, secondHand: [], form: "site-post" };
    }
    const page = repeatOf === undefined ? readIssuePageTitle(line) : null;
    if (page) {
      const lineIndexes = [i];
      for (let k = i + 1; k < Math.min(lines.length, i + TITLE_REPEAT_WINDOW); k++) {
        if (isIssuePageHeading(lines[k] as string, page.code, page.issue)) lineIndexes.push(k);
      }
      const series = seriesByCode(page.code);
      return { title: line, lineIndexes, series: series?.name ?? null, seriesCode: page.code, issue: page.issue, part: null, date: null, secondHand: [], form: "issue-page" };
    }
    // Looking for a repeat of a title already found, a bare line counts only when it repeats it.
    const titled = isTitleLine(line) || (repeatOf === undefined ? isBareTitle(line) : repeatsTitle(line, repeatOf));
    if (!titled) continue;
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
      secondHand: [],
      form: "mail",
    };
  }
  return null;
}
