/**
 * The archive's Atom 1.0 feed (RFC 4287): one entry per article, newest
 * first, each with the article's URL as its id (stable across rebuilds, as
 * Atom asks), headline, summary and authors.
 */
import type { Bulletin } from "../../parser/model/index.ts";
import { absoluteUrl, archivePath, articlePath, SITE_DESCRIPTION, SITE_NAME } from "../prerender/site.ts";
import { articleDate } from "./bulletin-tables.ts";
import { FEED_FILE } from "./paths.ts";
import { xmlText } from "./xml.ts";

/**
 * Feed readers poll the whole file; 1,000 bulletins hold ~8,000 articles
 * (megabytes). The newest this many cover years of a weekly service; older
 * articles stay reachable from the archive page.
 */
export const MAX_FEED_ENTRIES = 500;

interface Entry {
  url: string;
  headline: string;
  summary: string;
  authors: string[];
  date: string | null;
  seriesTitle: string | null;
}

const atomDate = (isoDay: string): string => `${isoDay}T00:00:00Z`;

function entries(bulletins: readonly Bulletin[], siteUrl: string): Entry[] {
  const all = bulletins.flatMap((b) =>
    b.articles.map((a) => ({
      url: absoluteUrl(siteUrl, articlePath(b.id, a.slug)),
      headline: a.headline,
      summary: a.summary,
      authors: a.authors.map((au) => au.name).filter((n) => n.trim() !== ""),
      date: articleDate(b, a),
      seriesTitle: b.title,
    })),
  );
  // Newest first; undated last; ties by URL so rebuilds give the same file.
  all.sort((x, y) => {
    if (x.date !== y.date) {
      if (x.date === null) return 1;
      if (y.date === null) return -1;
      return x.date < y.date ? 1 : -1;
    }
    return x.url < y.url ? -1 : x.url > y.url ? 1 : 0;
  });
  return all.slice(0, MAX_FEED_ENTRIES);
}

export function atomFeed(bulletins: readonly Bulletin[], siteUrl: string): string {
  const list = entries(bulletins, siteUrl);
  // Atom requires <updated> on every entry; an article whose date was lost
  // takes the feed's, the newest date in the archive (not the build time, so
  // an unchanged archive rebuilds to the same bytes).
  const newest = list.find((e) => e.date !== null)?.date ?? "1970-01-01";
  const home = absoluteUrl(siteUrl, archivePath());
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom">`,
    `  <id>${xmlText(home)}</id>`,
    `  <title>${xmlText(SITE_NAME)}</title>`,
    `  <subtitle>${xmlText(SITE_DESCRIPTION)}</subtitle>`,
    `  <updated>${atomDate(newest)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(absoluteUrl(siteUrl, `/${FEED_FILE}`))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(home)}"/>`,
    // Entries without a byline inherit this author (RFC 4287 §4.1.1).
    `  <author><name>${xmlText(SITE_NAME)}</name></author>`,
  ];
  for (const e of list) {
    lines.push(
      `  <entry>`,
      `    <id>${xmlText(e.url)}</id>`,
      `    <title>${xmlText(e.headline)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(e.url)}"/>`,
      `    <updated>${atomDate(e.date ?? newest)}</updated>`,
      ...e.authors.map((name) => `    <author><name>${xmlText(name)}</name></author>`),
      ...(e.summary.trim() ? [`    <summary>${xmlText(e.summary)}</summary>`] : []),
      ...(e.seriesTitle ? [`    <source><title>${xmlText(e.seriesTitle)}</title></source>`] : []),
      `  </entry>`,
    );
  }
  lines.push(`</feed>`, "");
  return lines.join("\n");
}
