// Seeded generator of synthetic IWPR bulletins with exact truth, for the
// parse, search and app benchmarks and for scoring the parser on unseen text.

import { ArticleBuilder, type BodyParagraph, type ArticleContent } from "./article.ts";
import { Cast, countryByCode, type Person } from "./cast.ts";
import {
  NO_DAMAGE, addNbsp, canDropLastLine, indentLines, loseChars, loseCyrillic, mailHeaders, mboxEscape, quoteMail, seededDamage, webChrome, type DamageOptions,
} from "./damage.ts";
import {
  OLD_SEP, SERIES_NAME, STAFF, boilerplate, capitalise, footer, isoDate, issueTag, separator, straighten, titleLines, wrapStyled,
  type Line, type SeriesCode, type SimpleDate, type Style, type TagStyle,
} from "./layout.ts";
import { transliterationVariants } from "./names.ts";
import { BOILERPLATE_PLACES, REGION_WORDS, SERIES_COUNTRIES, type Country } from "./places.ts";
import { createRng, hashString, type Rng } from "./prng.ts";
import { MONTHS, NEWS_BRIEFS, SECTION_HEADERS, TOPICS } from "./templates.ts";
import type { GeneratedBulletin, SearchQuery, Truth, TruthArticle, TruthQuote } from "./truth.ts";

export type { GeneratedBulletin, Truth } from "./truth.ts";
export type { DamageOptions } from "./damage.ts";

export interface GenerateOptions {
  series?: SeriesCode;
  year?: number;
  articleCount?: number;
  /** false: clean text; an object: these damage settings over no damage; omitted: damage drawn from the seed. */
  damage?: Partial<DamageOptions> | false;
  /**
   * Added to every issue number. The series, years and numbering give about
   * 3,600 distinct bulletins (file names and ids come from series, issue and
   * part): a larger archive is made of volumes, each with its own offset.
   */
  issueOffset?: number;
}

/** Years each series ran as an e-mail bulletin, and its issue numbering. */
const SERIES_YEARS: Record<SeriesCode, { from: number; to: number; firstIssue: number; perYear: number }> = {
  RCA: { from: 2000, to: 2012, firstIssue: 1, perYear: 60 },
  CRS: { from: 1999, to: 2012, firstIssue: 1, perYear: 50 },
  BCR: { from: 1999, to: 2006, firstIssue: 20, perYear: 75 },
};
const MAX_ARTICLES = 5;
const STARTS_WITH_WORDS = 6;

const startOf = (s: string, words = STARTS_WITH_WORDS): string => s.split(" ").slice(0, words).join(" ");

interface BuiltArticle {
  content: ArticleContent;
  authors: Person[];
  staff: boolean;
  /** BCR: `IWPR team reports from Skopje and London.` */
  team: boolean;
  noBy: boolean;
  byline: string;
  location: string | null;
  note: string | null;
  tag: string | null;
  tagNumber: number | null;
  tagInToc: boolean;
  tagInByline: boolean;
  section: string | null;
  headlineRepeated: boolean;
  bylineOnNewLine: boolean;
  scare: string[];
}

/**
 * Layout forms of real bulletins drawn per bulletin from their own stream, so
 * adding one does not change what the other draws give.
 */
interface LayoutVariants {
  /** BCR bylines `IWPR team reports from X and London.` */
  team: number;
  /** A TOC byline wrapped between first name and surname: `By Aigul` / `Temirova in Almaty`. */
  tocNameBreak: boolean;
  /** An issue tag wrapped inside: `(RCA No.` / `566, 07-Feb-09)`. */
  tagBreak: boolean;
  /** `the ‘09 budget` once in an article. */
  shortYear: boolean;
  /** 2002: the `VISIT IWPR ON-LINE` separator glued to the end of the line before. */
  gluedSeparator: boolean;
  /** `NEWS BRIEFING CENTRAL ASIA is …` among the boilerplate. */
  newsBriefing: boolean;
}

function drawVariants(rng: Rng, series: SeriesCode): LayoutVariants {
  return {
    team: series === "BCR" && rng.chance(0.4) ? 0.3 : 0,
    tocNameBreak: rng.chance(0.3),
    tagBreak: rng.chance(0.25),
    shortYear: rng.chance(0.3),
    gluedSeparator: rng.chance(0.5),
    newsBriefing: rng.chance(0.5),
  };
}

export function generateBulletin(seed: number, options: GenerateOptions = {}): GeneratedBulletin {
  const rng = createRng(hashString(`bulletin:${seed}`));
  const series: SeriesCode = options.series ?? rng.pick(["RCA", "RCA", "CRS", "CRS", "BCR"] as const);
  const sy = SERIES_YEARS[series];
  const year = options.year ?? rng.int(sy.from, sy.to);
  const date: SimpleDate = { y: year, m: rng.int(0, 11), d: rng.int(1, 28) };
  const issue =
    (options.issueOffset ?? 0) + sy.firstIssue + Math.max(0, year - sy.from) * sy.perYear + Math.floor(((date.m * 30 + date.d) / 366) * sy.perYear);
  const part = series === "RCA" && rng.chance(0.35) ? rng.int(1, 2) : null;
  const style: Style = {
    year,
    oneLine: year <= 2002 && rng.chance(0.7),
    width: rng.pick([70, 72, 76, 78, 80]),
    trailingSpace: rng.chance(0.6),
    curly: year >= 2004 || (year === 2003 && rng.chance(0.3)),
  };
  // Forked unconditionally, so the same seed gives the same content whatever damage is asked for.
  const damageRng = rng.fork("damage");
  const variants = drawVariants(rng.fork("variants"), series);
  const vrng = rng.fork("variant-draws");
  const damage: DamageOptions = options.damage === false ? NO_DAMAGE : options.damage ? { ...NO_DAMAGE, ...options.damage } : seededDamage(damageRng);
  const cast = new Cast(rng.fork("cast"), year);
  const articleCount = options.articleCount ?? rng.int(1, MAX_ARTICLES);
  const countries = SERIES_COUNTRIES[series].map(countryByCode);
  const usedQuotes = new Set<string>();
  const tagStyle: TagStyle = series === "CRS" ? { paren: rng.chance(0.85), comma: rng.chance(0.7) } : { paren: true, comma: true };
  const tagPlacement = rng.pick(["toc", "byline", "both", "none", "mixed"] as const);
  const headlineRepeated = rng.chance(0.5);
  const headlineOnlyPlaces = new Set<string>();
  const bylinePlaces = new Set<string>();

  const built: BuiltArticle[] = [];
  const topics = rng.sample(TOPICS, articleCount);
  for (let i = 0; i < articleCount; i++) {
    const arng = rng.fork(`article:${i}`);
    const country = arng.pick(countries);
    const topic = topics[i % topics.length]!;
    const b = new ArticleBuilder(arng, cast, country, topic, year, usedQuotes);
    const headlineTown = arng.pick(country.towns);
    headlineOnlyPlaces.add(headlineTown.name);
    const headline = arng.pick(topic.headlines)
      .replace("{adj}", country.adjective(year)).replace("{country}", country.name(year)).replace("{town}", headlineTown.name)
      .replace("{region}", arng.pick(country.regions(year))).toUpperCase();
    const summary = arng.pick(topic.summaries);
    writeBody(arng, b, cast, country);
    const content: ArticleContent = { headline, summary, paragraphs: b.paragraphs };
    built.push(byline(arng, cast, country, content, series, i, issue, date, tagStyle, tagPlacement, headlineRepeated, bylinePlaces, vrng.chance(variants.team)));
  }

  // ---------- straight quotes for the years before curly ones, and mixed copies ----------
  const mixed = style.curly && rng.chance(0.15);
  for (const a of built) {
    if (!style.curly) {
      a.content.headline = straighten(a.content.headline);
      a.content.summary = straighten(a.content.summary);
      if (a.note) a.note = straighten(a.note);
    }
    for (const p of a.content.paragraphs) if (!style.curly || (mixed && rng.chance(0.2))) straightenParagraph(p);
    a.scare = a.content.paragraphs.flatMap((p) => p.scare);
  }
  if (variants.shortYear && style.curly) {
    const a = vrng.pick(built);
    const plain = a.content.paragraphs.slice(1, -1).filter((p) => p.quotes.length === 0 && p.stats.length === 0 && !p.from);
    if (plain.length > 0) new ArticleBuilder(vrng, cast, countries[0]!, TOPICS[0]!, year, usedQuotes).shortYear(vrng.pick(plain));
  }

  // ---------- lines ----------
  const lines: Line[] = [];
  const blank = (): Line => ({ text: "", kind: "blank" });
  titleLines(rng, series, issue, part, date, style).forEach((t) => lines.push({ text: t, kind: "title" }));
  lines.push(blank());
  built.forEach((a, i) => {
    if (a.section) lines.push({ text: a.section, kind: "section" }, ...(style.oneLine ? [] : [blank()]));
    const gap = style.oneLine ? " " : rng.pick(["  ", "   "]);
    const byParts = breakByline(a, style.oneLine ? null : variants, a.tagInToc ? a.tag : null);
    const head = `${a.content.headline}${gap}${a.content.summary}`;
    const chunks = a.bylineOnNewLine && !style.oneLine ? [head, ...byParts] : [`${head}${gap}${byParts[0]}`, ...byParts.slice(1)];
    let first = true;
    for (const c of chunks) for (const t of wrapStyled(c, style)) {
      lines.push({ text: t, kind: first ? "toc-first" : "toc", article: i });
      first = false;
    }
    if (!style.oneLine) lines.push(blank());
  });
  lines.push(blank(), ...boilerplate(rng, series, style, variants.newsBriefing));
  const interArticleSeparator = rng.chance(0.4);
  built.forEach((a, i) => {
    if (a.section) lines.push({ text: a.section, kind: "section" }, blank());
    if (a.headlineRepeated) lines.push({ text: a.content.headline, kind: "headline", article: i }, blank());
    const sum = wrapStyled(a.content.summary, style);
    sum.forEach((t, k) => lines.push({ text: t, kind: k === sum.length - 1 && sum.length > 1 ? "summary-last" : "summary", article: i }));
    lines.push(blank());
    const articleBy = breakByline(a, style.oneLine ? null : { ...variants, tocNameBreak: false }, a.tagInByline ? a.tag : null);
    articleBy.flatMap((c) => wrapStyled(c, style)).forEach((t) => lines.push({ text: t, kind: "byline", article: i }));
    lines.push(blank());
    a.content.paragraphs.forEach((p, k) => {
      const w = wrapStyled(p.text, style);
      w.forEach((t, j) => lines.push({ text: t, kind: "body", article: i, para: k, last: j === w.length - 1 }));
      lines.push(blank());
    });
    if (a.note) wrapStyled(a.note, style).forEach((t) => lines.push({ text: t, kind: "note", article: i }));
    lines.push(blank(), blank());
    if (interArticleSeparator && i < built.length - 1) lines.push(...separator(rng, style), blank());
  });
  const briefPlaces = new Set<string>();
  if (series === "CRS" && rng.chance(0.5)) lines.push(...newsUpdate(rng, countries, style, date, briefPlaces));
  lines.push(...footer(rng, series, style, rng.sample(STAFF, 4)));
  if (variants.gluedSeparator) glueSeparators(vrng, lines);

  // ---------- damage ----------
  const applied: string[] = [];
  const incomplete = built.map(() => [] as string[]);
  const drop = new Set<Line>();
  if (damage.dropTitle) {
    lines.filter((l) => l.kind === "title").forEach((l) => drop.add(l));
    applied.push("title-dropped");
  }
  const drng = rng.fork("drops");
  const bodyLines = new Map<string, Line[]>();
  for (const l of lines) if (l.kind === "body") {
    const k = `${l.article}:${l.para}`;
    const list = bodyLines.get(k);
    if (list) list.push(l);
    else bodyLines.set(k, [l]);
  }
  built.forEach((a, i) => {
    const toc = lines.filter((l) => (l.kind === "toc-first" || l.kind === "toc") && l.article === i);
    const sumLast = lines.find((l) => l.kind === "summary-last" && l.article === i);
    // The headline stays knowable only if it is repeated above the article; the tag only if it is elsewhere too.
    const tagSafe = !a.tag || a.tagInByline || !toc[0]!.text.includes(a.tag.slice(0, 8));
    if (toc.length > 1 && a.headlineRepeated && tagSafe && drng.chance(damage.dropTocFirstLine)) {
      drop.add(toc[0]!);
      applied.push("toc-first-line-dropped");
    } else if (sumLast && drng.chance(damage.dropSummaryLastLine)) {
      drop.add(sumLast);
      applied.push("summary-last-line-dropped");
    }
    a.content.paragraphs.forEach((p, k) => {
      const pl = bodyLines.get(`${i}:${k}`) ?? [];
      const rest = pl.slice(0, -1).map((l) => l.text.trim()).join(" ");
      // A lost line must not take part of a recorded quotation or figure with it: the truth could not be found then.
      const keepsTruth = [...p.stats, ...p.quotes].every((t) => rest.includes(t.contains)) &&
        p.stats.every((st) => !st.unit || new RegExp(st.unit, "i").test(rest.slice(rest.indexOf(st.contains) + st.contains.length)));
      if (canDropLastLine(pl) && keepsTruth && drng.chance(damage.dropParagraphLastLine)) {
        drop.add(pl[pl.length - 1]!);
        incomplete[i]!.push(startOf(p.text));
        applied.push("paragraph-last-line-dropped");
      }
    });
  });
  for (const l of lines) {
    if ((damage.dropRules && l.kind === "rule") || (damage.dropUrlOnly && l.kind === "url-only") || (damage.dropSectionHeaders && l.kind === "section")) drop.add(l);
  }
  if (damage.dropRules && lines.some((l) => l.kind === "rule")) applied.push("rules-dropped");
  if (damage.dropUrlOnly) applied.push("url-lines-dropped");
  if (damage.dropSectionHeaders && lines.some((l) => l.kind === "section")) applied.push("section-headers-dropped");
  let kept = lines.filter((l) => !drop.has(l));
  const hasFrom = built.some((a) => a.content.paragraphs.some((p) => p.from)) || kept.some((l) => /^From /.test(l.text));
  if (damage.mboxFrom && hasFrom) {
    kept = mboxEscape(kept, damage.mboxContinuation);
    applied.push(damage.mboxContinuation ? "mbox-from-continued" : "mbox-from");
  }
  if (damage.nbsp) {
    kept = addNbsp(rng, kept);
    applied.push("nbsp");
  }
  if (damage.indent !== "none") {
    kept = indentLines(damageRng, kept, damage.indent);
    applied.push(`indented-${damage.indent}`);
  }
  let text = kept.map((l) => l.text).join("\n") + "\n";
  // Character damage is applied to the truth's strings too: the scorer matches them against the text as it is.
  const charDamage: Array<(s: string) => string> = [];
  if (damage.lostCyrillic && /[\u0400-\u04ff]/.test(text)) {
    charDamage.push(loseCyrillic);
    applied.push("cyrillic-lost");
  }
  if (damage.lostChars && /(?<=\p{L})’(?=\p{L})|–/u.test(text)) {
    charDamage.push(loseChars);
    applied.push("characters-lost");
  }
  const damageChars = (s: string): string => charDamage.reduce((t, f) => f(t), s);
  text = damageChars(text);
  if (damage.webChrome) {
    const chrome = webChrome(damageRng, `${series.toLowerCase()}-l`);
    text = chrome.top + "\n" + text + chrome.bottom;
    applied.push("web-chrome");
  }
  if (damage.quotedMail) {
    text = quoteMail(text);
    applied.push("quoted-mail");
  }
  if (damage.mailHeaders) {
    text = mailHeaders(rng, `IWPR'S ${SERIES_NAME[series].toUpperCase()}, No. ${issue}`, new Date(Date.UTC(date.y, date.m, date.d, 9, 12, 44))) + text;
    applied.push("mail-headers");
  }

  // ---------- truth ----------
  const fileName = `${series.toLowerCase()}-${issue}${part ? `-part-${part}` : ""}`;
  const iso = isoDate(date);
  const anyTag = built.some((a) => a.tag !== null);
  const mustNot = ["www.iwpr.net", "IWPR-trained", "\n", ...(damage.mboxFrom || damage.quotedMail ? [">"] : [])];
  const articles: TruthArticle[] = built.map((a, i) => {
    const paras = a.content.paragraphs;
    const required = paras.flatMap((p) => p.stats);
    const optional = [...new Set([...paras.flatMap((p) => p.optional), ...incidentalNumbers(paras.map((p) => p.text).join(" "))])].filter(
      (v) => !required.some((s) => s.value === v),
    );
    return {
      headline: damageChars(a.content.headline),
      summary: damageChars(a.content.summary),
      authors: a.staff ? ["IWPR staff"] : a.team ? ["IWPR team"] : a.authors.map((p) => p.full),
      authorLocation: a.location,
      rcaNumber: a.tag ? a.tagNumber : null,
      date: a.tag ? iso : null,
      paragraphCount: paras.length,
      firstParagraphStartsWith: damageChars(startOf(paras[0]!.text)),
      lastParagraphStartsWith: damageChars(startOf(paras[paras.length - 1]!.text)),
      authorNoteStartsWith: a.note ? damageChars(startOf(a.note, 8)) : null,
      incompleteParagraphsStartWith: incomplete[i]!.map(damageChars),
      paragraphsMustNotContain: [...mustNot, ...a.authors.map((p) => `By ${p.full}`)],
      quotes: paras.flatMap((p) => p.quotes).map((q) => ({ ...q, contains: damageChars(q.contains) })),
      quotesForbidden: a.scare.map(damageChars),
      statistics: { required: required.map((st) => ({ ...st, contains: damageChars(st.contains) })), optional },
    };
  });
  const requiredPlaces = [...cast.places.values()];
  const requiredNames = new Set(requiredPlaces.flatMap((p) => [p.name, ...(p.aliases ?? [])]));
  const optionalPlaces = [...new Set([...BOILERPLATE_PLACES, ...REGION_WORDS, ...bylinePlaces, ...headlineOnlyPlaces, ...briefPlaces, ...countries.map((c) => c.name(year))])].filter((p) => !requiredNames.has(p));
  const orgs = [...cast.orgs];
  const firstNames = [...new Set(cast.people.map((p) => p.first))].filter((n) => !requiredNames.has(n));
  const truth: Truth = {
    about: `Synthetic ${SERIES_NAME[series]} bulletin from bench/synth, seed ${seed}. Same format as the hand-made *.gold.json annotations.`,
    bulletin: { series: SERIES_NAME[series], issue, part, date: damage.dropTitle ? (anyTag ? iso : null) : iso, articleCount },
    articles,
    people: {
      required: cast.truthPeople(),
      optional: [...STAFF, "Kurt Schork"],
      mustStayDistinct: cast.distinctPairs,
      forbidden: [...orgs, ...[...cast.familyPlurals], ...requiredPlaces.map((p) => p.name), "IWPR"],
    },
    places: { required: requiredPlaces, optional: optionalPlaces, forbidden: [...orgs, ...firstNames] },
    damage: [...new Set(applied)],
    searchQueries: [],
  };
  truth.searchQueries = searchQueries(rng.fork("queries"), truth);
  return { fileName, text, truth };
}

function straightenParagraph(p: BodyParagraph): void {
  p.text = straighten(p.text);
  p.quotes = p.quotes.map((q) => ({ ...q, contains: straighten(q.contains) }));
  p.scare = p.scare.map(straighten);
}

function writeBody(rng: Rng, b: ArticleBuilder, cast: Cast, country: Country): void {
  const target = rng.int(8, 35);
  const speakers: Person[] = [];
  const person = (): Person => {
    if (speakers.length > 0 && rng.chance(0.3)) return rng.pick(speakers);
    const p = cast.newPerson(country);
    speakers.push(p);
    return p;
  };
  const once = new Set<string>();
  const onceOnly = (k: string): boolean => (once.has(k) ? false : (once.add(k), true));
  b.lead();
  b.narrative();
  while (b.paragraphs.length < target) {
    const r = rng.next();
    if (r < 0.22) b.quoteBeat(person());
    else if (r < 0.4) b.narrative();
    else if (r < 0.55) b.statBeat(rng.chance(0.5) ? person : null);
    else if (r < 0.63) b.pronounBeat(person());
    else if (r < 0.68) b.partialBeat(person());
    else if (r < 0.72) b.twoParagraphQuote(person());
    else if (r < 0.76) b.nestedBeat(person());
    else if (r < 0.82) b.anonymousBeat();
    else if (r < 0.85 && onceOnly("couple")) b.coupleBeat();
    else if (r < 0.89 && onceOnly("scare")) b.scareBeat();
    else if (r < 0.93 && onceOnly("leader")) b.leaderBeat();
    else if (r < 0.97 && speakers.length > 0 && onceOnly("from")) b.fromBeat(rng.pick(speakers));
    else if (onceOnly("cyrillic")) b.cyrillicBeat();
    else b.narrative();
  }
  if (rng.chance(0.35)) b.foreignBeat();
  if (rng.chance(0.2)) b.namedOrgBeat(person());
  b.closing(person());
}

function byline(
  rng: Rng, cast: Cast, country: Country, content: ArticleContent, series: SeriesCode, i: number, issue: number, date: SimpleDate,
  tagStyle: TagStyle, placement: "toc" | "byline" | "both" | "none" | "mixed", headlineRepeated: boolean, bylinePlaces: Set<string>,
  team: boolean,
): BuiltArticle {
  const kind = rng.next();
  const towns = country.towns.slice(0, 4);
  const city = () => {
    const t = rng.pick(towns).name;
    bylinePlaces.add(t);
    return t;
  };
  let authors: Person[] = [];
  let text: string;
  let location: string | null;
  let note: string | null;
  let staff = false;
  let noBy = false;
  if (team) {
    location = city();
    text = `IWPR team reports from ${location} and London.`;
    note = null;
  } else if (kind < 0.1) {
    staff = true;
    text = "By IWPR staff";
    location = null;
    note = null;
  } else if (kind < 0.25) {
    authors = [0, 1, 2].slice(0, rng.int(2, 3)).map(() => cast.newPerson(country, { author: true }));
    const [c1, c2] = [city(), city()];
    location = c1;
    text = authors.length === 2
      ? `By ${authors[0]!.full} in ${c1} and ${authors[1]!.full} in ${c2}`
      : `By ${authors[0]!.full} in ${c1}, ${authors[1]!.full} and ${authors[2]!.full} in ${c2}`;
    note = `${authors.map((a) => a.full).join(" and ").replace(/ and (?=.* and )/, ", ")} are IWPR-trained journalists.`;
  } else {
    authors = [cast.newPerson(country, { author: true })];
    const multiCity = rng.chance(0.1);
    location = city();
    const cities = multiCity ? `${location}, ${city()} and ${city()}` : location;
    noBy = rng.chance(0.08);
    text = `${noBy ? "" : "By "}${authors[0]!.full} in ${cities}`;
    note = `${authors[0]!.full} is ${rng.pick(["an IWPR-trained reporter", "an IWPR contributor", "a freelance journalist", "an IWPR-trained journalist"])} in ${location}.${rng.chance(0.2) ? ` Journalists from various regions of ${country.name(cast.year)} provided additional reporting.` : ""}`;
  }
  const place = placement === "mixed" ? rng.pick(["toc", "byline", "both", "none"] as const) : placement;
  const tagNumber = rng.chance(0.2) ? issue + 1 : issue;
  const tag = place === "none" ? null : issueTag(series, tagNumber, date, tagStyle);
  return {
    content, authors, staff, team, noBy, byline: text, location, note, tag, tagNumber,
    tagInToc: place === "toc" || place === "both",
    tagInByline: place === "byline" || place === "both",
    section: rng.chance(0.15) ? rng.pick(SECTION_HEADERS).replace("{year}", String(cast.year)).replace("{ADJ}", country.adjective(cast.year).toUpperCase()) : null,
    headlineRepeated: headlineRepeated || i < 0,
    bylineOnNewLine: rng.chance(0.25),
    scare: [],
  };
}

/**
 * The byline (and its tag) as chunks that must start a new line: after the
 * first name of a single author (`By Aigul` / `Temirova in Almaty`), and inside
 * the tag (`(RCA No.` / `566, 07-Feb-09)`), as real wrapped copies have them.
 */
function breakByline(a: BuiltArticle, v: LayoutVariants | null, tag: string | null): string[] {
  const chunks = [a.byline];
  const author = a.authors.length === 1 ? a.authors[0]! : null;
  if (v?.tocNameBreak && author && a.byline.includes(author.full)) {
    const cut = a.byline.indexOf(author.full) + author.first.length;
    chunks.splice(0, 1, a.byline.slice(0, cut), a.byline.slice(cut + 1));
  }
  if (tag === null) return chunks;
  if (v?.tagBreak) {
    const cut = tag.indexOf("No.") + 3;
    chunks[chunks.length - 1] += " " + tag.slice(0, cut);
    chunks.push(tag.slice(cut + 1));
  } else chunks[chunks.length - 1] += " " + tag;
  return chunks;
}

/** 2002 copies: the `VISIT IWPR ON-LINE` separator glued to the end of the text line before it. */
function glueSeparators(rng: Rng, lines: Line[]): void {
  for (let i = lines.length - 1; i > 0; i--) {
    if (lines[i]!.text !== OLD_SEP || !rng.chance(0.5)) continue;
    let j = i - 1;
    while (j >= 0 && lines[j]!.kind === "blank") j--;
    if (j < 0 || lines[j]!.kind === "title") continue;
    lines[j] = { ...lines[j]!, text: lines[j]!.text.trimEnd() + OLD_SEP };
    lines.splice(j + 1, i - j);
    i = j + 1;
  }
}

function newsUpdate(rng: Rng, countries: Country[], style: Style, date: SimpleDate, places: Set<string>): Line[] {
  const out: Line[] = [...separator(rng, style), { text: "", kind: "blank" }, { text: "CAUCASUS NEWS UPDATE", kind: "boiler" }, { text: "", kind: "blank" }];
  const n = rng.int(3, 7);
  for (let k = 0; k < n; k++) {
    const c = rng.pick(countries);
    const [t1, t2] = rng.sample(c.towns, 2);
    places.add(t1!.name);
    places.add(t2!.name);
    const day = Math.max(1, date.d - k);
    const text = rng.pick(NEWS_BRIEFS).replace("{town}", t1!.name).replace("{town2}", t2!.name).replace("{n}", String(rng.int(2, 40)));
    for (const t of wrapStyled(`${MONTHS[date.m]} ${day} ${style.curly ? text : straighten(text)}`, style)) out.push({ text: t, kind: "brief" });
  }
  out.push({ text: "", kind: "blank" }, { text: "", kind: "blank" });
  return out;
}

const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};

/**
 * Numbers in the text that are neither a recorded statistic nor a date or year
 * (`two hours`, `a mother of three`, `twenty years`): a parser may count them
 * or not, so the truth lists them as optional.
 */
function incidentalNumbers(text: string): number[] {
  const out: number[] = [];
  const noDates = text.replace(/‘\d\d\b/g, "").replace(new RegExp(`\\b(${MONTHS.join("|")}) \\d{1,2}\\b`, "g"), "").replace(/\b(19|20)\d\d\b/g, "");
  for (const m of noDates.matchAll(/\b\d{1,3}(,\d{3})*\b/g)) out.push(Number(m[0].replace(/,/g, "")));
  for (const m of noDates.toLowerCase().matchAll(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b/g)) out.push(WORD_VALUES[m[1]!]!);
  return out;
}

function searchQueries(rng: Rng, truth: Truth): SearchQuery[] {
  const out: SearchQuery[] = [];
  const people = truth.people.required.filter((p) => !p.match);
  for (const p of rng.sample(people, 3)) {
    out.push({ query: p.name, expect: { type: "person", name: p.name }, kind: "exact" });
    const [first, ...rest] = p.name.split(" ");
    const surname = rest.join(" ");
    if (surname.length > 4) {
      const k = rng.int(1, surname.length - 3);
      const typo = surname.slice(0, k) + surname[k + 1] + surname[k] + surname.slice(k + 2);
      if (typo !== surname) out.push({ query: `${first} ${typo}`, expect: { type: "person", name: p.name }, kind: "typo" });
    }
    const v = transliterationVariants(surname)[0];
    if (v) out.push({ query: `${first} ${v}`, expect: { type: "person", name: p.name }, kind: "transliteration" });
  }
  for (const pl of rng.sample(truth.places.required, 3)) {
    out.push({ query: pl.name, expect: { type: "place", name: pl.name }, kind: "exact" });
    const other = pl.aliases?.[0];
    if (other) out.push({ query: other, expect: { type: "place", name: pl.name }, kind: "transliteration" });
  }
  const quotes: TruthQuote[] = truth.articles.flatMap((a) => a.quotes).filter((q) => q.contains.split(" ").length >= 5);
  for (const q of rng.sample(quotes, 3)) {
    const words = q.contains.split(" ");
    const start = rng.int(0, words.length - 4);
    out.push({ query: words.slice(start, start + 4).join(" ").replace(/[“”"‘’',.?!]/g, ""), expect: { type: "quote", text: q.contains }, kind: "quote-words" });
  }
  return out;
}

/** `count` bulletins with distinct file names, the same for the same seed. */
export function generateArchive(count: number, seed: number, options: GenerateOptions = {}): GeneratedBulletin[] {
  const out: GeneratedBulletin[] = [];
  const names = new Set<string>();
  for (let i = 0, s = 0; out.length < count; s++) {
    const b = generateBulletin(hashString(`archive:${seed}:${s}`), options);
    if (names.has(b.fileName)) continue;
    names.add(b.fileName);
    out.push(b);
    i++;
  }
  return out;
}

export { capitalise };
