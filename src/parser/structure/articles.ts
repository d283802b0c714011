// Articles, in TOC order. For each entry, find where its article starts in the body
// (its headline, its summary, or its byline, whichever comes first), then read:
// section · headline · summary (maybe cut short) · byline · paragraphs · author note.
import type { Article, BoilerplateBlock, IssueTag, Paragraph, Warning } from "../model/index.ts";
import { isSeparator, type Block } from "../blocks.ts";
import { isAuthorNote } from "./author-note.ts";
import { boilerplateKind, isBoilerplate } from "./boilerplate.ts";
import { isByline, parseByline } from "./byline.ts";
import { headlineCase, isTitleCaseHeadline } from "./headline-case.ts";
import { stripIssueTags } from "./issue-tag.ts";
import { endsSentence, isOneLinePerParagraph, unwrap } from "./paragraphs.ts";
import { slugify, uniqueSlug } from "./slug.ts";
import { isSectionHeader, sectionName, splitByline, type RawTocEntry } from "./toc.ts";

export interface TocEntryIn extends RawTocEntry {
  readonly section: string | null;
  readonly startLine: number;
  readonly endLine: number;
}

/** Matching ignores case, spacing, punctuation and quote styles. */
export function matchKey(s: string): string {
  return s.toLowerCase().replace(NON_KEY_RE, "");
}
// ASCII and Latin-1 punctuation, general punctuation (quotes, dashes), arrows and symbols, CJK
// punctuation. A plain character-range class: the Unicode-property version was the parser's hottest spot.
const NON_KEY_RE = /[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\xbf\xd7\xf7\u2000-\u206f\u20a0-\u2bff\u3000-\u303f\ufe30-\ufe4f\uff00-\uff0f]+/g;

/** A cut summary still identifies its article when this much of it is left. */
export const SUMMARY_MATCH_MIN_CHARS = 20;
/** A summary above an article is a sentence or two. */
export const SUMMARY_MAX_CHARS = 500;
/** Headline made from the summary when both headline lines were lost. */
export const FALLBACK_HEADLINE_WORDS = 8;

function isUpper(lines: readonly string[]): boolean {
  return lines.length <= 3 && !/\p{Ll}/u.test(lines.join(" ")) && /\p{Lu}.*\p{Lu}/u.test(lines.join(" "));
}

function summaryMatches(blockKey: string, summaryKey: string): boolean {
  if (summaryKey.length === 0 || blockKey.charCodeAt(0) !== summaryKey.charCodeAt(0)) return false;
  if (blockKey.length < Math.min(SUMMARY_MATCH_MIN_CHARS, summaryKey.length)) return false;
  return summaryKey.startsWith(blockKey) || blockKey.startsWith(summaryKey);
}

/** A block's unwrapped text, and its match key computed only when a match is possible. */
class BlockInfo {
  private cachedKey: string | null = null;
  private cachedFirst = -1;
  constructor(readonly text: string) {}
  get key(): string {
    if (this.cachedKey === null) this.cachedKey = matchKey(this.text);
    return this.cachedKey;
  }
  /** The first character of the key (a cheap test before computing it), or 0 when none. */
  get first(): number {
    if (this.cachedFirst < 0) this.cachedFirst = firstKeyChar(this.text);
    return this.cachedFirst;
  }
}

function firstKeyChar(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (!NON_KEY_CHAR_RE.test(ch)) return ch.toLowerCase().charCodeAt(0);
  }
  return 0;
}
const NON_KEY_CHAR_RE = new RegExp(NON_KEY_RE.source);

export interface ArticlesResult {
  readonly articles: Article[];
  readonly boilerplate: BoilerplateBlock[];
  readonly warnings: Warning[];
  /** For each TOC entry, the slug of its article or null. */
  readonly entrySlugs: (string | null)[];
}

/**
 * `blocks[from…]` is the body (after the TOC); `skip` marks blocks taken by other passes
 * (news briefs). With no TOC entries, articles are found by their bylines instead.
 */
export function readArticles(blocks: readonly Block[], from: number, entriesIn: readonly TocEntryIn[], skip: ReadonlySet<number>): ArticlesResult {
  const warnings: Warning[] = [];
  const boilerplate: BoilerplateBlock[] = [];
  const info: BlockInfo[] = blocks.map((b) => new BlockInfo(unwrap(b.lines)));
  const toBoilerplate = (j: number) => {
    const b = blocks[j] as Block;
    if (isSeparator(b) || skip.has(j)) return;
    boilerplate.push({ kind: boilerplateKind((info[j] as BlockInfo).text), text: b.lines.join("\n"), lines: { startLine: b.startLine, endLine: b.endLine } });
  };

  let entries = entriesIn;
  let fromBylines = false;
  if (entries.length === 0) {
    entries = entriesFromBylines(blocks, info, from, skip);
    fromBylines = true;
  }

  // 1. Anchors: where each entry's article begins.
  const anchors: number[] = [];
  const anchorOf: (number | null)[] = [];
  let cursor = from;
  for (const e of entries) {
    const hKey = e.headlineRaw ? matchKey(e.headlineRaw) : "";
    const sKey = matchKey(e.summary);
    const bKey = e.byline ? matchKey(e.byline) : "";
    let found = -1;
    const firsts = [hKey.charCodeAt(0), sKey.charCodeAt(0), bKey.charCodeAt(0)];
    for (let j = cursor; j < blocks.length && found < 0; j++) {
      if (skip.has(j)) continue;
      const first = (info[j] as BlockInfo).first;
      if (first !== firsts[0] && first !== firsts[1] && first !== firsts[2]) continue;
      const b = blocks[j] as Block;
      const k = (info[j] as BlockInfo).key;
      if (hKey !== "" && k === hKey && isUpper(b.lines)) found = j;
      else if (summaryMatches(k, sKey)) found = j;
      // (The key of the whole block starts with the byline's when only a tag follows it: a cheap test first.)
      else if (bKey !== "" && b.lines.length <= 3 && k.startsWith(bKey) && matchKey(stripIssueTags(b.lines.join(" ")).rest) === bKey) {
        found = j;
        // Found by its byline: the summary above it may be there but not match a cut TOC summary.
        if (j - 1 >= cursor && !skip.has(j - 1) && looksLikeSummary(blocks[j - 1] as Block, info[j - 1] as BlockInfo)) found = j - 1;
      }
    }
    anchorOf.push(found >= 0 ? found : null);
    if (found >= 0) {
      // The contents lost this headline, but the body kept it: the UPPERCASE line just above.
      if (hKey === "" && found > cursor && !skip.has(found - 1) && isUpper((blocks[found - 1] as Block).lines) && !isSectionHeader((blocks[found - 1] as Block).lines) && !isBoilerplate((info[found - 1] as BlockInfo).text)) {
        found--;
      } else if (hKey !== "" && found > cursor && !skip.has(found - 1) && (info[found - 1] as BlockInfo).key === hKey) {
        // The headline right above (a Title Case one, which is not matched as a block of its own above).
        found--;
      }
      // A section header just above the article belongs to it.
      while (found > cursor && isSectionHeader((blocks[found - 1] as Block).lines) && !skip.has(found - 1)) found--;
      anchors.push(found);
      // Step over this article's own header, so that its byline is not taken for the next one's.
      cursor = found + 1;
      while (cursor < blocks.length) {
        const b = blocks[cursor] as Block;
        const k = (info[cursor] as BlockInfo).key;
        const header =
          (hKey !== "" && k === hKey) ||
          summaryMatches(k, sKey) ||
          isSectionHeader(b.lines) ||
          (b.lines.length <= 3 && isByline(stripIssueTags(b.lines.join(" ")).rest));
        if (!header) break;
        cursor++;
      }
    } else {
      warnings.push({ kind: "missing-toc-entry", message: `no article found for the contents entry "${(e.headlineRaw ?? e.summary).slice(0, 60)}"`, line: e.startLine });
    }
  }

  // Blocks between the contents and the first article are boilerplate.
  const firstAnchor = anchors.length > 0 ? (anchors[0] as number) : blocks.length;
  for (let j = from; j < firstAnchor; j++) toBoilerplate(j);

  // 2. Read each article between its anchor and the next.
  const articles: Article[] = [];
  const entrySlugs: (string | null)[] = [];
  const slugs = new Set<string>();
  let a = 0;
  // Sections repeated in the body above articles are more precise than the TOC's
  // (where a header's reach over later entries is a guess); once seen, the body decides.
  let bodySections = false;
  const sectionShownInBody = new Set<number>();
  for (let ei = 0; ei < entries.length; ei++) {
    const e = entries[ei] as TocEntryIn;
    if (anchorOf[ei] === null) {
      entrySlugs.push(null);
      continue;
    }
    const start = anchors[a] as number;
    const end = a + 1 < anchors.length ? (anchors[a + 1] as number) : blocks.length;
    a++;
    const hKey = e.headlineRaw ? matchKey(e.headlineRaw) : "";
    const sKey = matchKey(e.summary);
    let section: string | null = null;
    let bodyHeadline: string | null = null;
    let bodySummary: string | null = null;
    let bodyByline: string | null = null;
    let bodyTag: IssueTag | null = null;
    let j = start;
    // Header: section, headline, summary, byline — each optional, in this order.
    for (; j < end; j++) {
      if (skip.has(j)) continue;
      const b = blocks[j] as Block;
      const bi = info[j] as BlockInfo;
      if (isSeparator(b)) continue;
      if (bodySummary === null && bodyByline === null && isUpper(b.lines)) {
        if (hKey !== "" && bi.key === hKey) bodyHeadline = bi.text;
        else if (hKey === "" && bodyHeadline === null && !isSectionHeader(b.lines)) bodyHeadline = bi.text;
        else if (isSectionHeader(b.lines)) section = section ?? sectionName(bi.text);
        else bodyHeadline = bodyHeadline ?? bi.text;
        continue;
      }
      // A Title Case headline (a web copy) is the headline when it is the entry's.
      if (bodySummary === null && bodyByline === null && hKey !== "" && bi.key === hKey) {
        bodyHeadline = bi.text;
        continue;
      }
      if (bodySummary === null && bodyByline === null && summaryMatches(bi.key, sKey)) {
        const { summary, byline } = splitByline(b.lines.join("\n"));
        bodySummary = unwrap(summary.split("\n"));
        if (byline) {
          const t = stripIssueTags(byline);
          bodyByline = t.rest;
          bodyTag = t.tag;
        }
        continue;
      }
      if (bodyByline === null) {
        const t = stripIssueTags(b.lines.join(" "));
        if (isByline(t.rest)) {
          bodyByline = t.rest.replace(/\s+/g, " ").replace(/[.;,]$/, "");
          bodyTag = t.tag;
          continue;
        }
        // Summary not in the TOC (or the TOC lost it): a short block right before a byline.
        const next = blocks[j + 1];
        if (bodySummary === null && next && bi.text.length <= SUMMARY_MAX_CHARS && isByline(stripIssueTags(next.lines.join(" ")).rest) && !isAuthorNote(bi.text)) {
          bodySummary = bi.text;
          continue;
        }
      }
      break;
    }

    if (section !== null) {
      bodySections = true;
      sectionShownInBody.add(articles.length);
    }
    const bylineText = bodyByline ?? e.byline;
    const authors = bylineText ? parseByline(bylineText) : [];
    const authorNames = authors.map((x) => x.name);
    const paragraphs: Paragraph[] = [];
    let authorNote: string | null = null;
    let ended = false;
    let lastLine = (blocks[start] as Block).endLine;
    const pushParagraph = (text: string, startLine: number, endLine: number) => {
      if (text === "") return;
      const incomplete = !endsSentence(text);
      paragraphs.push({ id: `p${paragraphs.length + 1}`, text, incomplete, lines: { startLine, endLine } });
      if (incomplete) warnings.push({ kind: "incomplete-paragraph", message: `paragraph ends mid-sentence: "…${text.slice(-40)}"`, line: endLine });
    };
    for (; j < end; j++) {
      if (skip.has(j)) continue;
      const b = blocks[j] as Block;
      const bi = info[j] as BlockInfo;
      if (isSeparator(b)) {
        ended = paragraphs.length > 0 || ended;
        continue;
      }
      if (ended) {
        toBoilerplate(j);
        continue;
      }
      if (isAuthorNote(bi.text, authorNames)) {
        authorNote = bi.text;
        lastLine = b.endLine;
        ended = true;
        continue;
      }
      if (isBoilerplate(bi.text)) {
        ended = true;
        toBoilerplate(j);
        continue;
      }
      if (isSectionHeader(b.lines)) {
        // A section header inside the body announces the next article, or is a subheading: not prose.
        toBoilerplate(j);
        continue;
      }
      if (isOneLinePerParagraph(b.lines)) {
        b.lines.forEach((line, k) => pushParagraph(unwrap([line]), b.lineNos[k] as number, b.lineNos[k] as number));
      } else {
        pushParagraph(bi.text, b.startLine, b.endLine);
      }
      lastLine = b.endLine;
    }

    // Summary: the whole one. The copy above the article may have lost its last line.
    const tocSummary = e.summary;
    let summary = tocSummary;
    if (bodySummary !== null) {
      const bk = matchKey(bodySummary);
      const tk = matchKey(tocSummary);
      if (/^\p{Ll}/u.test(tocSummary) && !endsSentence(bodySummary) && !tk.startsWith(bk)) {
        // The TOC lost its first line and the copy above the article its last: join the halves.
        summary = `${bodySummary} ${tocSummary}`;
        warnings.push({ kind: "truncated-summary", message: "both copies of the summary lost a line; the two halves were joined", line: (blocks[start] as Block).startLine });
      } else if (tk.startsWith(bk) && bk.length < tk.length && !fromBylines) {
        warnings.push({ kind: "truncated-summary", message: "the summary above the article is cut short; the contents' summary was used", line: (blocks[start] as Block).startLine });
      } else if (bk.length > tk.length || tk === "") {
        summary = bodySummary;
      }
    }
    let headlineRaw = e.headlineRaw ?? bodyHeadline ?? "";
    let headline = headlineCase(withoutFullStop(headlineRaw));
    if (headlineRaw === "") {
      headline = summary.split(/\s+/).slice(0, FALLBACK_HEADLINE_WORDS).join(" ").replace(/[.,;:]$/, "");
      warnings.push({ kind: "dropped-line", message: "the article's headline was lost; a headline was made from its summary", line: (blocks[start] as Block).startLine });
    }
    if (headline === "") {
      headline = paragraphs[0]?.text.split(/\s+/).slice(0, FALLBACK_HEADLINE_WORDS).join(" ") ?? "Untitled article";
      headlineRaw = headlineRaw || "";
    }
    const slug = uniqueSlug(slugify(headline), slugs);
    entrySlugs.push(slug);
    articles.push({
      slug,
      headline,
      headlineRaw,
      summary,
      section: section ?? e.section,
      authors,
      issueTag: bodyTag ?? e.issueTag,
      paragraphs,
      authorNote,
      quotes: [],
      statistics: [],
      reportedSpeech: [],
      lines: { startLine: (blocks[start] as Block).startLine, endLine: lastLine },
    });
  }
  if (bodySections) {
    for (let i = 0; i < articles.length; i++) {
      const art = articles[i] as Article;
      if (!art.section) continue;
      // Keep only sections the body showed: a TOC section carried over from an earlier entry is dropped.
      if (!sectionShownInBody.has(i)) articles[i] = { ...art, section: null };
    }
  }
  if (fromBylines) {
    for (const art of articles) warnings.push({ kind: "missing-toc-entry", message: `article "${art.headline.slice(0, 60)}" has no contents entry`, line: art.lines.startLine });
  }
  return { articles, boilerplate, warnings, entrySlugs: fromBylines ? [] : entrySlugs };
}

/** No contents: each standalone byline in the body marks an article, with the summary and headline above it. */
function entriesFromBylines(blocks: readonly Block[], info: readonly BlockInfo[], from: number, skip: ReadonlySet<number>): TocEntryIn[] {
  const out: TocEntryIn[] = [];
  for (let j = from; j < blocks.length; j++) {
    if (skip.has(j)) continue;
    const b = blocks[j] as Block;
    if (b.lines.length > 3) continue;
    const t = stripIssueTags(b.lines.join(" "));
    if (!isByline(t.rest)) continue;
    let headlineRaw: string | null = null;
    let summary = "";
    const prev = blocks[j - 1];
    const prevInfo = info[j - 1];
    // A single article saved from a web page: its Title Case headline right above the byline
    // (`Editor's Note` would otherwise read as masthead boilerplate).
    if (j - 1 >= from && prev && prevInfo && prev.lines.length === 1 && isTitleCaseHeadline(prevInfo.text)) {
      headlineRaw = prevInfo.text;
    } else if (j - 1 >= from && prev && prevInfo && !isSeparator(prev) && prevInfo.text.length <= SUMMARY_MAX_CHARS && !isAuthorNote(prevInfo.text) && !isBoilerplate(prevInfo.text)) {
      if (isUpper(prev.lines)) headlineRaw = prevInfo.text;
      else {
        summary = prevInfo.text;
        const prev2 = blocks[j - 2];
        if (j - 2 >= from && prev2 && (isUpper(prev2.lines) || (prev2.lines.length === 1 && isTitleCaseHeadline((info[j - 2] as BlockInfo).text))) && !isSectionHeader(prev2.lines)) headlineRaw = (info[j - 2] as BlockInfo).text;
      }
    }
    out.push({ headlineRaw, summary, byline: t.rest.replace(/\s+/g, " "), issueTag: t.tag, section: null, startLine: b.startLine, endLine: b.endLine });
  }
  return out;
}

/**
 * BCR 1999–2002 ends its headlines with a full stop (`MACEDONIA: AHMETI ARREST THREAT.`), as
 * the run-in summary follows on the same line; the readable headline drops it. An initial
 * (`U.S.`) keeps its point.
 */
const HEADLINE_FULL_STOP_RE = /(?<=[\p{L}\d]{2})\.$/u;

export function withoutFullStop(headline: string): string {
  return headline.replace(HEADLINE_FULL_STOP_RE, "");
}

/** A short block of prose that can stand above a byline as the article's summary. */
function looksLikeSummary(b: Block, bi: BlockInfo): boolean {
  return (
    !isSeparator(b) &&
    bi.text.length <= SUMMARY_MAX_CHARS &&
    /\p{Ll}/u.test(bi.text) &&
    !isAuthorNote(bi.text) &&
    !isBoilerplate(bi.text) &&
    !isByline(bi.text)
  );
}
