// The structural parse: normalise → blocks → title, contents, news briefs, articles,
// boilerplate. Extraction (people, places, quotes, statistics) fills the empty lists later.
import type { BoilerplateBlock, Bulletin, IssueTag, TocEntry, Warning } from "./model/index.ts";
import { SCHEMA_VERSION } from "./model/index.ts";
import { isSeparator, toBlocks, type Block } from "./blocks.ts";
import { normalise } from "./normalise.ts";
import { readArticles, type TocEntryIn } from "./structure/articles.ts";
import { boilerplateKind, isBoilerplate } from "./structure/boilerplate.ts";
import { findLongDate, readDatedLine, readNumericDate } from "./structure/dates.ts";
import { findIssueTags } from "./structure/issue-tag.ts";
import { findNewsBriefs } from "./structure/news-briefs.ts";
import { findSeriesName, seriesByCode } from "./structure/series.ts";
import { slugify } from "./structure/slug.ts";
import { findTitle } from "./structure/title.ts";
import { readIssuePageEntries } from "./structure/issue-page.ts";
import { isTitleCaseHeadline } from "./structure/headline-case.ts";
import { missingTextWarnings } from "./structure/missing-text.ts";
import { isSectionHeader, isTocBlock, parseTocEntry, runInEntryStarts, sectionName, splitEntries } from "./structure/toc.ts";
import { unwrap } from "./structure/paragraphs.ts";

export interface ParseOptions {
  /** The file the text came from: names the bulletin when its title line was lost. */
  readonly fileName?: string | null;
  readonly [key: string]: unknown;
}

/** A tag without `No` opens on its code and number: `(TU 323, 05 September 2003)`. */
const TAG_OPENING_RE = /\([A-Z]{2,4}\s+\d/;

/** Issue tags that name the bulletin are looked for in this many blocks from the top. */
export const TAG_SEARCH_BLOCKS = 400;

/** The contents start within the first blocks after the title (mail chrome may come first). */
export const TOC_SEARCH_BLOCKS = 12;

const FILE_NAME_RE = /^([a-z]{2,4})[-_ ]?(\d{1,5})(?:[-_ ]?(?:part|pt)[-_ ]?(\d{1,2}))?\b/i;

interface FileNameInfo {
  code: string;
  issue: number;
  part: number | null;
}

export function baseName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[a-z0-9]{1,5}$/i, "");
}

function fromFileName(fileName: string | null | undefined): FileNameInfo | null {
  if (!fileName) return null;
  const m = FILE_NAME_RE.exec(baseName(fileName));
  if (!m) return null;
  return { code: (m[1] as string).toUpperCase(), issue: Number(m[2]), part: m[3] ? Number(m[3]) : null };
}

/** The value seen most often; ties go to the smallest (a lead article may carry the next issue's tag). */
function mostCommon<T extends string | number>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let bestN = 0;
  for (const [v, n] of counts) if (n > bestN || (n === bestN && best !== null && v < best)) [best, bestN] = [v, n];
  return best;
}

/**
 * A group whose entry has no byline and holds further `HEADLINE. Summary` entries run on
 * (1999 Balkan Crisis Report) becomes one group per entry. Pieces keep their lines: an entry
 * that starts mid-line shares that line with the one before.
 */
function splitRunInEntries(groups: string[][]): { lines: string[]; sharesLine: boolean }[] {
  const out: { lines: string[]; sharesLine: boolean }[] = [];
  for (const group of groups) {
    const text = group.join("\n");
    const starts = parseTocEntry(group).byline === null ? runInEntryStarts(text) : [];
    if (starts.length === 0) {
      out.push({ lines: group, sharesLine: false });
      continue;
    }
    let from = 0;
    for (const at of [...starts, text.length]) {
      // Starting mid-line, the entry's first line is the previous entry's last.
      out.push({ lines: text.slice(from, at).trim().split("\n"), sharesLine: from > 0 && text[from - 1] !== "\n" });
      from = at;
    }
  }
  return out;
}

/** Boilerplate blocks of this many characters or more are long enough that a repeat is a copy, not chance. */
export const REPEATED_BLOCK_MIN_CHARS = 40;

function keepOnce(blocks: readonly BoilerplateBlock[], warnings: Warning[]): BoilerplateBlock[] {
  const seen = new Set<string>();
  const out: BoilerplateBlock[] = [];
  for (const b of blocks) {
    const key = b.text.replace(/\s+/g, " ").trim();
    if (key.length >= REPEATED_BLOCK_MIN_CHARS && seen.has(key)) {
      warnings.push({ kind: "mail-quoting", message: `a boilerplate block repeated by quoting was kept once: "${key.slice(0, 50)}…"`, line: b.lines.startLine });
      continue;
    }
    seen.add(key);
    out.push(b);
  }
  return out;
}

function isLastBlock(blocks: readonly Block[], j: number, consumed: ReadonlySet<number>): boolean {
  for (let k = j + 1; k < blocks.length; k++) if (!consumed.has(k)) return false;
  return true;
}

function tagDates(tags: readonly IssueTag[]): string[] {
  return tags.map((t) => t.date).filter((d): d is string => d !== null);
}

/** A copy's own date is this near the top: a line that is a date and nothing else. */
export const DATED_LINE_SEARCH_BLOCKS = 6;

/** A dated line near the top (`July 1, 2004.`), else a numeric date there (`07/01/2004`), ordered by `evidence`. */
function ownDate(blocks: readonly Block[], evidence: readonly string[]): string | null {
  const top = blocks.slice(0, DATED_LINE_SEARCH_BLOCKS);
  for (const b of top) if (b.lines.length === 1) {
    const d = readDatedLine(b.lines[0] as string);
    if (d) return d;
  }
  for (const b of top) if (b.lines.length === 1) {
    const d = readNumericDate(b.lines[0] as string, evidence);
    if (d) return d;
  }
  return null;
}

export function parseStructure(text: string, options: ParseOptions = {}): Bulletin {
  const norm = normalise(text);
  const warnings: Warning[] = [...norm.warnings];
  const title = findTitle(norm.lines);
  let lines = norm.lines;
  if (title) {
    lines = lines.slice();
    for (const i of title.lineIndexes) lines[i] = "";
    for (const x of title.secondHand) {
      warnings.push({ kind: "mail-clutter", message: `title line removed: ${x.what}, not the bulletin's own title`, line: norm.sourceLine[x.index] ?? null });
    }
  }
  const blocks = toBlocks({ lines, sourceLine: norm.sourceLine, warnings: [] });

  // Title fields, or the next best sources when the title line was lost.
  const tags: IssueTag[] = [];
  // A tag holds `No` or opens on `(CODE 123`, and no line break splits those: blocks without them are not joined.
  const tagBlocks = Math.min(blocks.length, TAG_SEARCH_BLOCKS);
  for (let j = 0; j < tagBlocks; j++) {
    const b = blocks[j] as Block;
    if (!b.lines.some((l) => l.includes("No") || TAG_OPENING_RE.test(l))) continue;
    for (const t of findIssueTags(b.lines.join("\n"))) tags.push(t.tag);
  }
  const file = fromFileName(options.fileName);
  let series = title?.series ?? null;
  let seriesCode = title?.seriesCode ?? null;
  let issue = title?.issue ?? null;
  let part = title?.part ?? null;
  let date = title?.date ?? null;
  if (!title) {
    warnings.push({ kind: "missing-title", message: "no title line: series, issue and date come from the file name, the issue tags or the text", line: null });
    const tagCode = mostCommon(tags.map((t) => t.code));
    const code = file?.code ?? tagCode;
    const known = code ? seriesByCode(code) : null;
    const named = findSeriesName(text.slice(0, 200_000));
    const s = known ?? named?.series ?? null;
    series = s?.name ?? null;
    seriesCode = s?.code ?? code ?? null;
    issue = file?.issue ?? mostCommon(tags.filter((t) => t.code === seriesCode && t.number !== null).map((t) => t.number as number));
    part = file?.part ?? null;
    // The copy's own date first (a dated line near the top); then its articles' tags, and of
    // several the latest (an article may carry an earlier issue's tag).
    date = ownDate(blocks, tagDates(tags)) ?? tagDates(tags).sort().pop() ?? null;
    // A date in the prose near the top is the weakest evidence (it may be an event's).
    if (!date) for (const b of blocks.slice(0, 5)) date = date ?? findLongDate(b.lines.join(" "))?.iso ?? null;
  } else if (!series) {
    const named = findSeriesName(text.slice(0, 200_000));
    // The series's name is not in the title; a code is (IWPR's site: `TRK Issue 9`), unless a series named in the text says otherwise.
    series = named?.series.name ?? null;
    seriesCode = named?.series.code ?? seriesCode;
  }
  // A title without a date (a `Subject:` line): the date its articles' tags agree on.
  // A title without its long date: a dated line under it, or its numeric date (`07/01/2004`).
  if (title && date === null) date = ownDate(blocks, tagDates(tags)) ?? readNumericDate(title.title, tagDates(tags));
  // A title without a date (a `Subject:` line): the date its articles' tags agree on.
  if (title && date === null) date = mostCommon(tagDates(tags));
  // A blog's post title carries the day it was posted; the issue's own date is the one its tags agree on.
  if (title?.form === "site-post") {
    const own = mostCommon(tags.filter((t) => t.code === seriesCode && t.number === issue && t.date !== null).map((t) => t.date as string));
    if (own) date = own;
  }
  const issuePage = title?.form === "issue-page" ? readIssuePageEntries(blocks) : null;
  if (issuePage) {
    // Entries are dated by when the site posted them; the issue's date is the latest of them.
    const dated = issuePage.dates.filter((d): d is string => d !== null).sort();
    date = dated[dated.length - 1] ?? date;
  }
  if (!seriesCode && series) seriesCode = findSeriesName(series)?.series.code ?? null;
  if (issue === null && file && file.code === seriesCode) issue = file.issue;

  // News briefs first: their dated lines must not be read as contents or prose.
  const year = date ? Number(date.slice(0, 4)) : null;
  const { briefs, consumed } = findNewsBriefs(blocks, year);
  for (const n of briefs) {
    if (n.incomplete) warnings.push({ kind: "incomplete-paragraph", message: `news brief ends mid-sentence: "…${n.text.slice(-40)}"`, line: n.lines.endLine });
  }

  // Contents: the run of TOC-like blocks near the top.
  const preamble: number[] = [];
  let tocStart = -1;
  for (let j = 0; j < Math.min(blocks.length, TOC_SEARCH_BLOCKS) && !issuePage; j++) {
    if (consumed.has(j)) continue;
    const b = blocks[j] as Block;
    const t = unwrap(b.lines);
    if (!isSeparator(b) && !isBoilerplate(t) && isTocBlock(b.lines)) {
      tocStart = j;
      break;
    }
    preamble.push(j);
  }
  let entries: TocEntryIn[] = [];
  let bodyFrom = 0;
  if (tocStart >= 0) {
    let section: string | null = null;
    let j = tocStart;
    for (; j < blocks.length; j++) {
      if (consumed.has(j)) continue;
      const b = blocks[j] as Block;
      if (isSeparator(b) || isBoilerplate(unwrap(b.lines))) break;
      if (isSectionHeader(b.lines)) {
        section = sectionName(b.lines[0] as string);
        continue;
      }
      if (!isTocBlock(b.lines)) {
        // A copy cut off inside its contents (a web page's last entry: `Georgia: Collapse of Arme`):
        // the last block, opening with a Title Case headline, is that entry, cut.
        if (entries.length > 0 && isLastBlock(blocks, j, consumed) && isTitleCaseHeadline(b.lines[0] as string)) {
          entries.push({ headlineRaw: b.lines[0] as string, summary: unwrap(b.lines.slice(1)), byline: null, issueTag: null, section, startLine: b.startLine, endLine: b.endLine });
          warnings.push({ kind: "missing-text", message: `This copy ends inside its contents: the entry "${b.lines[0] as string}" is cut off`, line: b.startLine });
          j++;
        }
        break;
      }
      let at = 0;
      for (const { lines: group, sharesLine } of splitRunInEntries(splitEntries(b.lines))) {
        if (sharesLine) at--;
        if (isSectionHeader(group)) {
          section = sectionName(group[0] as string);
          at += 1;
          continue;
        }
        const raw = parseTocEntry(group);
        if (raw.sectionAbove) section = raw.sectionAbove;
        const startLine = b.lineNos[at] as number;
        const endLine = b.lineNos[at + group.length - 1] as number;
        at += group.length;
        if (raw.headlineRaw === null) {
          warnings.push({ kind: "dropped-line", message: "a contents entry lost its UPPERCASE headline line", line: startLine });
        }
        entries.push({ headlineRaw: raw.headlineRaw, summary: raw.summary, byline: raw.byline, issueTag: raw.issueTag, section, startLine, endLine });
      }
    }
    bodyFrom = j;
  }
  if (issuePage) {
    entries = issuePage.entries;
    for (let j = 0; j < blocks.length; j++) if (!issuePage.blocks.has(j)) preamble.push(j);
    for (const j of issuePage.blocks) consumed.add(j);
    bodyFrom = blocks.length;
  }
  let result = readArticles(blocks, bodyFrom, entries, consumed);
  if (entries.length > 0 && result.articles.length === 0 && tocStart >= 0) {
    // What looked like contents may be the first article's header: read articles by their
    // bylines. When that finds none either, the copy was cut after its contents (a truncated
    // mail, an archive page showing only the top): the entries stay the bulletin's contents.
    // A single article saved from a web page has its Title Case headline just above: it is the article's.
    const above = blocks[tocStart - 1];
    const from = above && above.lines.length === 1 && isTitleCaseHeadline(above.lines[0] as string) ? tocStart - 1 : tocStart;
    const byBylines = readArticles(blocks, from, [], consumed);
    if (byBylines.articles.length > 0) {
      entries = [];
      bodyFrom = from;
      result = byBylines;
      if (from < tocStart) preamble.splice(preamble.indexOf(from), 1);
    }
  }
  warnings.push(...result.warnings);

  const allBoilerplate = [
    ...preamble
      .filter((j) => !consumed.has(j) && !isSeparator(blocks[j] as Block))
      .map((j) => {
        const b = blocks[j] as Block;
        return { kind: boilerplateKind(unwrap(b.lines)), text: b.lines.join("\n"), lines: { startLine: b.startLine, endLine: b.endLine } };
      }),
    ...result.boilerplate,
  ];
  // A mail quoted into another repeats the footer blocks (about, contacts, legal): kept once.
  const boilerplate = keepOnce(allBoilerplate, warnings);
  const toc: TocEntry[] = entries.map((e, i) => ({
    headlineRaw: e.headlineRaw,
    summary: e.summary,
    byline: e.byline,
    issueTag: e.issueTag,
    section: e.section,
    articleSlug: result.entrySlugs[i] ?? null,
    lines: { startLine: e.startLine, endLine: e.endLine },
  }));

  warnings.push(...missingTextWarnings(toc, result.articles, briefs.length));

  const idFromTitle = seriesCode && issue !== null ? `${seriesCode}-${issue}${part !== null ? `-part-${part}` : ""}` : "";
  const id = slugify(idFromTitle, 12) || slugify(baseName(options.fileName ?? ""), 12) || "bulletin";
  warnings.sort((x, y) => (x.line ?? 0) - (y.line ?? 0));
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    sourceFile: options.fileName ?? null,
    series,
    seriesCode,
    issue,
    part,
    date,
    title: title?.title ?? null,
    toc,
    articles: result.articles,
    newsBriefs: briefs,
    boilerplate,
    people: [],
    places: [],
    warnings,
  };
}
