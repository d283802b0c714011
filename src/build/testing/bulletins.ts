/** Made-up bulletins for the build's tests: the fields the build reads, nothing from a real bulletin. */
import type { Article, Bulletin } from "../../parser/model/index.ts";
import { SCHEMA_VERSION } from "../../parser/model/index.ts";

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    slug: "a-made-up-story",
    headline: "A Made-Up Story",
    headlineRaw: "A MADE-UP STORY",
    summary: "Something happened somewhere.",
    section: null,
    authors: [{ name: "Ann Writer", location: null }],
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
