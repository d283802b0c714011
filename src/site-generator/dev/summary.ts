/**
 * A bulletin as the archive index needs it: every field the index lists
 * (`buildArchive`, src/site-generator/archive-index.ts), its articles without
 * their text, quotes and figures. The dev server holds these for the whole
 * archive at start, and reads a bulletin in full when one of its files, or an
 * emitter over the whole archive, needs it.
 */
import type { Bulletin } from "../../parser/model/index.ts";

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
