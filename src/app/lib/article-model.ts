/**
 * Everything the article page derives from a bulletin: the annotations per
 * paragraph (from the parser's offsets), who and what appears in the article,
 * and its neighbours for previous/next links.
 */
import type { Article, Bulletin, Person, Place, Quote, Statistic } from "../../parser/model/index.ts";
import type { Annotation } from "./segments.ts";

export interface PersonInArticle {
  person: Person;
  quoteCount: number;
  mentionCount: number;
}

export interface ArticleModel {
  article: Article;
  index: number;
  previous: Article | null;
  next: Article | null;
  annotations: Map<string, Annotation[]>;
  quotesById: Map<string, Quote>;
  statisticsById: Map<string, Statistic>;
  peopleById: Map<string, Person>;
  people: PersonInArticle[];
  places: Place[];
}

function push(map: Map<string, Annotation[]>, paragraphId: string, a: Annotation): void {
  const list = map.get(paragraphId);
  if (list) list.push(a);
  else map.set(paragraphId, [a]);
}

export function buildArticleModel(bulletin: Bulletin, slug: string): ArticleModel | null {
  const index = bulletin.articles.findIndex((a) => a.slug === slug);
  const article = bulletin.articles[index];
  if (!article) return null;

  const annotations = new Map<string, Annotation[]>();
  for (const q of article.quotes) push(annotations, q.paragraphId, { type: "quote", id: q.id, start: q.start, end: q.end });
  for (const s of article.statistics) push(annotations, s.paragraphId, { type: "statistic", id: s.id, start: s.start, end: s.end });

  const quoteCounts = new Map<string, number>();
  for (const q of article.quotes) {
    if (q.speaker.personId) quoteCounts.set(q.speaker.personId, (quoteCounts.get(q.speaker.personId) ?? 0) + 1);
  }

  const people: PersonInArticle[] = [];
  for (const person of bulletin.people) {
    const mentions = person.mentions.filter((m) => m.articleSlug === slug);
    for (const m of mentions) push(annotations, m.paragraphId, { type: "person", id: person.id, start: m.start, end: m.end });
    const quoteCount = quoteCounts.get(person.id) ?? 0;
    if (mentions.length || quoteCount) people.push({ person, quoteCount, mentionCount: mentions.length });
  }
  people.sort((a, b) => b.quoteCount - a.quoteCount || b.mentionCount - a.mentionCount);

  const places: Place[] = [];
  for (const place of bulletin.places) {
    const mentions = place.mentions.filter((m) => m.articleSlug === slug);
    for (const m of mentions) push(annotations, m.paragraphId, { type: "place", id: place.id, start: m.start, end: m.end });
    if (mentions.length) places.push(place);
  }

  return {
    article,
    index,
    previous: bulletin.articles[index - 1] ?? null,
    next: bulletin.articles[index + 1] ?? null,
    annotations,
    quotesById: new Map(article.quotes.map((q) => [q.id, q])),
    statisticsById: new Map(article.statistics.map((s) => [s.id, s])),
    peopleById: new Map(bulletin.people.map((p) => [p.id, p])),
    people,
    places,
  };
}

const ATTRIBUTION_NOTES: Record<Quote["attribution"], string | null> = {
  explicit: null,
  pronoun: "attributed from “he/she said”",
  continuation: "continues an earlier quote",
  unnamed: "unnamed source",
  unknown: "speaker not identified",
};

/** How the attribution was made, when it was not explicit in the sentence. */
export function attributionNote(quote: Quote): string | null {
  return ATTRIBUTION_NOTES[quote.attribution];
}

export function speakerName(quote: Quote): string {
  return quote.attribution === "unknown" && !quote.speaker.name ? "Unknown speaker" : quote.speaker.name || "Unknown speaker";
}
