// Small made-up bulletins for the extraction tests: one article per list of paragraphs.
import type { Article, Bulletin } from "../../model/index.ts";
import { SCHEMA_VERSION } from "../../model/index.ts";

export function article(slug: string, paragraphs: readonly string[], authors: readonly string[] = []): Article {
  return {
    slug,
    headline: slug,
    headlineRaw: slug.toUpperCase(),
    summary: "",
    section: null,
    authors: authors.map((name) => ({ name, location: null, locations: [] })),
    issueTag: null,
    paragraphs: paragraphs.map((text, i) => ({ id: `p${i + 1}`, text, incomplete: false, lines: { startLine: i + 1, endLine: i + 1 } })),
    authorNote: null,
    quotes: [],
    statistics: [],
    reportedSpeech: [],
    lines: { startLine: 1, endLine: paragraphs.length },
  };
}

export function bulletin(articles: readonly Article[], seriesCode: string | null = "RCA"): Bulletin {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: "test-bulletin",
    sourceFile: null,
    series: null,
    seriesCode,
    issue: null,
    part: null,
    date: null,
    title: null,
    toc: [],
    articles: [...articles],
    newsBriefs: [],
    boilerplate: [],
    people: [],
    places: [],
    warnings: [],
  };
}
