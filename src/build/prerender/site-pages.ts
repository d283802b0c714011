/**
 * Every page the build writes, as files under the output folder. Routes map
 * to `<route>/index.html`, the form every static host resolves for both
 * `/a/b` and `/a/b/` without rewrite rules.
 */
import type { Bulletin } from "../../parser/model/index.ts";
import { compareNewestFirst } from "../archive-index.ts";
import { xmlText } from "../feeds/xml.ts";
import { assertTemplate, renderDocument } from "./document.ts";
import { SAFE_SEGMENT } from "./html.ts";
import {
  archivePage,
  articlePage,
  bulletinPage,
  entityPage,
  importPage,
  notFoundPage,
  searchPage,
  type EntityMentions,
  type PageContent,
} from "./pages.ts";
import { absoluteUrl } from "./site.ts";

export interface SiteFile {
  /** Relative to the output folder, `/`-separated. */
  fileName: string;
  source: string;
}

export const NOT_FOUND_FILE = "404.html";
export const SITEMAP_FILE = "sitemap.xml";

export function fileForPath(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "index.html" : `${trimmed}/index.html`;
}

function mergeEntities(
  bulletins: readonly Bulletin[],
  pick: (b: Bulletin) => ReadonlyArray<{ id: string; name: string; roles?: string[]; mentions: { articleSlug: string }[] }>,
): EntityMentions[] {
  const byId = new Map<string, EntityMentions>();
  for (const b of bulletins) {
    const headlines = new Map(b.articles.map((a) => [a.slug, a.headline]));
    for (const e of pick(b)) {
      if (!SAFE_SEGMENT.test(e.id)) continue;
      const merged = byId.get(e.id) ?? { id: e.id, name: e.name, roles: [], articles: [] };
      if (e.name.length > merged.name.length) merged.name = e.name; // the fullest form seen
      for (const role of e.roles ?? []) if (!merged.roles.includes(role)) merged.roles.push(role);
      for (const m of e.mentions) {
        const headline = headlines.get(m.articleSlug);
        if (headline === undefined) continue;
        if (merged.articles.some((a) => a.bulletinId === b.id && a.slug === m.articleSlug)) continue;
        merged.articles.push({ bulletinId: b.id, slug: m.articleSlug, headline });
      }
      byId.set(e.id, merged);
    }
  }
  return [...byId.values()];
}

/** Every page of the site, newest bulletins first. Bulletins or articles with unsafe ids are skipped. */
export function sitePages(bulletins: readonly Bulletin[]): PageContent[] {
  const sorted = [...bulletins].filter((b) => SAFE_SEGMENT.test(b.id)).sort(compareNewestFirst);
  const pages: PageContent[] = [archivePage(sorted), searchPage(), importPage()];
  for (const b of sorted) {
    pages.push(bulletinPage(b));
    for (const a of b.articles) if (SAFE_SEGMENT.test(a.slug)) pages.push(articlePage(b, a));
  }
  for (const person of mergeEntities(sorted, (b) => b.people)) pages.push(entityPage("person", person));
  for (const place of mergeEntities(sorted, (b) => b.places)) pages.push(entityPage("place", place));
  return pages;
}

export function sitemap(pages: readonly PageContent[], siteUrl: string): string {
  const urls = pages
    .filter((p) => !p.meta.noindex)
    .map((p) => `  <url><loc>${xmlText(absoluteUrl(siteUrl, p.meta.path))}</loc></url>`);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
    ...urls,
    `</urlset>`,
    "",
  ].join("\n");
}

/** The files to write: one HTML per page, the 404 page and the sitemap. */
export function siteFiles(template: string, bulletins: readonly Bulletin[], siteUrl: string): SiteFile[] {
  assertTemplate(template);
  const pages = sitePages(bulletins);
  const files = pages.map((p) => ({
    fileName: fileForPath(p.meta.path),
    source: renderDocument(template, siteUrl, p.meta, p.body),
  }));
  const notFound = notFoundPage();
  files.push({ fileName: NOT_FOUND_FILE, source: renderDocument(template, siteUrl, notFound.meta, notFound.body) });
  files.push({ fileName: SITEMAP_FILE, source: sitemap(pages, siteUrl) });
  return files;
}
