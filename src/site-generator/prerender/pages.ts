/**
 * What each prerendered page says about itself in its <head>: title,
 * description for search results and link previews, canonical path, and the
 * data files it will fetch first. The page's content is the app itself,
 * rendered at build time (src/app/ssr.tsx); this module only describes it.
 */
import type { Article, Bulletin, Quote } from "../../parser/model/index.ts";
import { PLACES_VIEW_FILE } from "../../views/model.ts";
import { NUMBERS_HEAD_FILE, PEOPLE_HEAD_FILE, QUOTES_HEAD_FILE } from "../../views/head.ts";
import { archiveQuoteLabel } from "../../views/quote-label.ts";
import { formatDate, issueLabel } from "../../app/lib/format.ts";
import { ARCHIVE_HEAD_FILE, bulletinFile } from "../data-paths.ts";
import type { PageMeta } from "./document.ts";
import { description } from "./html.ts";
import { archivePath, articlePath, bulletinPath, personPath, placePath, searchPath, SITE_DESCRIPTION, SITE_NAME } from "./site.ts";

const dataUrl = (file: string) => `/${file}`;

export function archivePage(): PageMeta {
  return {
    title: SITE_NAME,
    headline: SITE_NAME,
    description: SITE_DESCRIPTION,
    path: archivePath(),
    type: "website",
    preload: [dataUrl(ARCHIVE_HEAD_FILE)],
  };
}

export function bulletinPage(b: Bulletin): PageMeta {
  const label = issueLabel(b);
  const headlines = b.articles.map((a) => a.headline).join("; ");
  return {
    title: label,
    headline: label,
    description: description([formatDate(b.date), headlines].filter(Boolean).join(": ") || `${label}, from the ${SITE_NAME} archive.`),
    path: bulletinPath(b.id),
    type: "website",
    preload: [dataUrl(bulletinFile(b.id))],
  };
}

export function articlePage(b: Bulletin, a: Article): PageMeta {
  const fallback = a.paragraphs[0]?.text ?? issueLabel(b);
  return {
    title: a.headline,
    headline: a.headline,
    description: description(a.summary.trim() ? a.summary : fallback),
    path: articlePath(b.id, a.slug),
    type: "article",
    published: a.issueTag?.date ?? b.date,
    preload: [dataUrl(bulletinFile(b.id))],
  };
}

export interface EntitySummary {
  kind: "person" | "place";
  /** The id in this page's path. */
  id: string;
  /** The archive-wide id, when `id` is another spelling's. */
  canonicalId: string;
  name: string;
  roles: string[];
  articleCount: number;
}

/** A person or place page: who or what, and how many articles mention them. */
export function entityPage(e: EntitySummary): PageMeta {
  const n = e.articleCount;
  const summary = `${e.name}${e.roles.length ? ` (${e.roles.join("; ")})` : ""}: mentioned in ${n} article${n === 1 ? "" : "s"}.`;
  const pathFor = e.kind === "person" ? personPath : placePath;
  return {
    title: e.name,
    headline: e.name,
    description: description(summary),
    path: pathFor(e.id),
    ...(e.canonicalId !== e.id ? { canonicalPath: pathFor(e.canonicalId) } : {}),
    type: "website",
  };
}

export function searchPage(): PageMeta {
  return {
    title: "Search",
    headline: "Search the archive",
    description: `Search every article, quote, person and place in the ${SITE_NAME} archive.`,
    path: searchPath(),
    type: "website",
  };
}

export function importPage(): PageMeta {
  return {
    title: "Import",
    headline: "Open your own bulletins",
    description: "Open IWPR bulletins saved as .txt files; they are read in your browser and kept there.",
    path: "/import",
    type: "website",
  };
}

/** The archive-wide views (src/app/views/): each page preloads the data of its first screen (src/views/head.ts). */
export function viewPages(): PageMeta[] {
  const view = (path: string, title: string, file: string, text: string): PageMeta => ({
    title,
    headline: title,
    description: text,
    path,
    type: "website",
    preload: [dataUrl(file)],
  });
  return [
    view("/people", "People", PEOPLE_HEAD_FILE, `Everyone quoted or named in the ${SITE_NAME} archive: roles, quotes, articles and dates.`),
    view("/quotes", "Quotes", QUOTES_HEAD_FILE, `Every quotation in the ${SITE_NAME} archive, with its speaker, article and date.`),
    view("/numbers", "Numbers", NUMBERS_HEAD_FILE, `Every figure reported in the ${SITE_NAME} archive, with its sentence, place and date.`),
    view("/places", "Places", PLACES_VIEW_FILE, `A map of every place the ${SITE_NAME} archive mentions, and the list by country.`),
  ];
}

export const quotePagePath = (b: Bulletin, a: Article, q: Quote): string => `/quotes/${b.id}/${a.slug}/${q.id}`;

/** A quote's own page: its preview is the quote and its speaker, not the article. */
export function quotePage(b: Bulletin, a: Article, q: Quote): PageMeta {
  const label = archiveQuoteLabel(q.speaker.name, a.headline, formatDate(a.issueTag?.date ?? b.date));
  const headline = label.headline(q.text);
  return {
    title: headline,
    headline,
    description: description(label.description(q.text)),
    path: quotePagePath(b, a, q),
    type: "article",
    published: a.issueTag?.date ?? b.date,
    preload: [dataUrl(bulletinFile(b.id))],
  };
}

/** Rendered at a path no route matches, so the app's own not-found page is what it shows. */
export const NOT_FOUND_RENDER_PATH = "/404";

export function notFoundPage(): PageMeta {
  return {
    title: "Page not found",
    headline: "Page not found",
    description: "There is no page at this address.",
    path: NOT_FOUND_RENDER_PATH,
    type: "website",
    noindex: true,
  };
}
