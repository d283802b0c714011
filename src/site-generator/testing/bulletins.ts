/** Made-up bulletins for the build's tests: the fields the build reads, nothing from a real bulletin. */
import type { Article, Bulletin } from "../../parser/model/index.ts";
import { SCHEMA_VERSION } from "../../parser/model/index.ts";
import { archiveEmitter } from "../emitters.ts";

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    slug: "a-made-up-story",
    headline: "A Made-Up Story",
    headlineRaw: "A MADE-UP STORY",
    summary: "Something happened somewhere.",
    section: null,
    authors: [{ name: "Ann Writer", location: null, locations: [] }],
    issueTag: null,
    paragraphs: [{ id: "p1", text: "First paragraph.", incomplete: false, lines: { startLine: 1, endLine: 1 } }],
    authorNote: null,
    quotes: [],
    statistics: [],
    reportedSpeech: [],
    lines: { startLine: 1, endLine: 1 },
    ...overrides,
  };
}

export function makeBulletin(overrides: Partial<Bulletin> = {}): Bulletin {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: "xyz-1",
    sourceFile: "xyz-1.txt",
    series: "Example Reporting Service",
    seriesCode: "XYZ",
    issue: 1,
    part: null,
    date: "2001-02-03",
    title: "EXAMPLE REPORTING SERVICE, NO. 1, 3 FEBRUARY 2001",
    toc: [],
    articles: [],
    newsBriefs: [],
    boilerplate: [],
    people: [],
    places: [],
    warnings: [],
    ...overrides,
  };
}

/**
 * An article whose text is laced with markup, script and replacement patterns
 * (`$&`, `$1`): every page built from it must show them as text.
 */
export function makeHostileArticle(overrides: Partial<Article> = {}): Article {
  return makeArticle({
    slug: "pipeline-talks",
    headline: 'Pipeline </title><script>alert(1)</script> Talks "Stall"',
    summary: "Costs of $& and $1 <img src=x onerror=alert(1)> rise.",
    authors: [{ name: "Ann Writer", location: "Almaty", locations: ["Almaty"] }],
    paragraphs: [
      { id: "p1", text: "The first paragraph, with <b>tags</b> as text.", incomplete: false, lines: { startLine: 1, endLine: 1 } },
      { id: "p2", text: "The second paragraph.", incomplete: false, lines: { startLine: 2, endLine: 2 } },
    ],
    ...overrides,
  });
}

/** The archive index's files as the build writes them (its head, and its pieces), parsed: file → JSON. */
export function archiveDataFiles(bulletins: readonly Bulletin[]): Record<string, unknown> {
  return Object.fromEntries(archiveEmitter([...bulletins]).map((f) => [f.fileName, JSON.parse(f.source) as unknown]));
}

/**
 * The text of a small made-up RCA bulletin: one article whose body is `body`,
 * in the layout the parser reads, its lines ended by `eol` (mailed copies
 * have CRLF, saved ones often LF).
 */
export const rcaBulletinText = (issue: number, body: string, eol = "\r\n") =>
  [
    `WELCOME TO IWPR'S REPORTING CENTRAL ASIA, No. ${issue}, March 3, 2011`,
    "",
    "DAM PROJECT STALLS  Work has slowed as loans fail to arrive.  By A Writer in Dushanbe",
    "",
    "**** www.iwpr.net",
    "",
    "Work has slowed as loans fail to arrive.",
    "",
    "By A Writer in Dushanbe",
    "",
    body,
    "",
    "A Writer is an IWPR-trained journalist in Dushanbe.",
  ].join(eol);
