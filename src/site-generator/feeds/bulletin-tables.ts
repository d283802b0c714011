/**
 * A bulletin's quotes and statistics as CSV tables, for readers who want to
 * sort, count or cite them in a spreadsheet. Each row links back to the
 * exact place in the article (quote and statistic ids are URL anchors on
 * the article page).
 */
import type { Article, Bulletin } from "../../parser/model/index.ts";
import { absoluteUrl, articlePath } from "../prerender/site.ts";
import { toCsv } from "./csv.ts";

export const QUOTES_HEADER = ["speaker", "role", "quote", "article", "date", "link", "attribution"] as const;
export const STATISTICS_HEADER = [
  "value",
  "unit",
  "kind",
  "qualifier",
  "as written",
  "converted value",
  "converted unit",
  "article",
  "date",
  "link",
] as const;

/** The article's own issue date when its tag gives one, else the bulletin's. */
export function articleDate(bulletin: Bulletin, article: Article): string | null {
  return article.issueTag?.date ?? bulletin.date;
}

/** A person's role phrases as written, joined; empty for an unnamed or unknown speaker. */
function rolesOf(bulletin: Bulletin, personId: string | null): string {
  if (personId === null) return "";
  return bulletin.people.find((p) => p.id === personId)?.roles.join("; ") ?? "";
}

export function quotesCsv(bulletin: Bulletin, siteUrl: string): string {
  const rows = bulletin.articles.flatMap((article) => {
    const url = absoluteUrl(siteUrl, articlePath(bulletin.id, article.slug));
    return article.quotes.map((q) => [
      q.speaker.name,
      rolesOf(bulletin, q.speaker.personId),
      q.text,
      article.headline,
      articleDate(bulletin, article),
      `${url}#${encodeURIComponent(q.id)}`,
      q.attribution,
    ]);
  });
  return toCsv(QUOTES_HEADER, rows);
}

export function statisticsCsv(bulletin: Bulletin, siteUrl: string): string {
  const rows = bulletin.articles.flatMap((article) => {
    const url = absoluteUrl(siteUrl, articlePath(bulletin.id, article.slug));
    return article.statistics.map((s) => [
      s.value,
      s.unit,
      s.kind,
      s.qualifier,
      s.text,
      s.conversion?.value ?? null,
      s.conversion?.unit ?? null,
      article.headline,
      articleDate(bulletin, article),
      `${url}#${encodeURIComponent(s.id)}`,
    ]);
  });
  return toCsv(STATISTICS_HEADER, rows);
}
