/**
 * A bulletin as the archive index needs it: every field the index lists
 * (`buildArchive`, src/site-generator/archive-index.ts), its articles without
 * their text, quotes and figures. The dev server holds these for the whole
 * archive at start, and reads a bulletin in full when one of its files, or an
 * emitter over the whole archive, needs it.
 */
import type { Article, Bulletin } from "../../parser/model/index.ts";

/** What a summary empties of a bulletin (lazy bulletins, cache/lazy-bulletin.ts, read these on demand). */
export const SUMMARY_EMPTIES_BULLETIN = ["toc", "newsBriefs", "boilerplate", "people", "places"] as const satisfies readonly (keyof Bulletin)[];
/** What a summary empties of each article. */
export const SUMMARY_EMPTIES_ARTICLE = ["paragraphs", "quotes", "statistics", "reportedSpeech", "authorNote"] as const satisfies readonly (keyof Article)[];

export function bulletinSummary(b: Bulletin): Bulletin {
  return {
    ...b,
    toc: [],
    newsBriefs: [],
    boilerplate: [],
    people: [],
    places: [],
    articles: b.articles.map((a) => ({ ...a, paragraphs: [], quotes: [], statistics: [], reportedSpeech: [], authorNote: null })),
  };
}
