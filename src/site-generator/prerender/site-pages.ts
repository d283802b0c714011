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
  quotePage,
  viewPages,
  searchPage,
  type EntitySummary,
} from "./pages.ts";
import type { PageMeta } from "./document.ts";
import type { WrittenStat } from "../output/ledger.ts";
import { absoluteUrl } from "./site.ts";

export interface SiteFile {
  /** Relative to the output folder, `/`-separated. */
  fileName: string;
  /** Empty for a file already `written`. */
  source: string;
  /** Its content hash (output/ledger.ts `outputHash`), when it was made where the page was rendered. */
  hash?: string;
  /** The renderer has written the file itself, with content of `hash`: only to be recorded. */
  written?: boolean;
  /** For a file `written`: its size and modification time as the renderer left it. */
  stat?: WrittenStat;
}

export const NOT_FOUND_FILE = "404.html";
export const SITEMAP_FILE = "sitemap.xml";

export function fileForPath(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "index.html" : `${trimmed}/index.html`;
}

/** Every page of the site, newest bulletins first. Bulletins or articles with unsafe ids are skipped. */
export function sitePages(bulletins: readonly Bulletin[], entities: readonly EntitySummary[]): PageMeta[] {
  const sorted = [...bulletins].filter((b) => SAFE_SEGMENT.test(b.id)).sort(compareNewestFirst);
  const pages: PageMeta[] = [archivePage(), searchPage(), importPage()];
  for (const b of sorted) {
    pages.push(bulletinPage(b));
    for (const a of b.articles) if (SAFE_SEGMENT.test(a.slug)) pages.push(articlePage(b, a));
  }
  for (const entity of entities) pages.push(entityPage(entity));
  pages.push(...viewPages());
  for (const b of sorted)
    for (const a of b.articles)
      if (SAFE_SEGMENT.test(a.slug)) for (const q of a.quotes) if (SAFE_SEGMENT.test(q.id)) pages.push(quotePage(b, a, q));
  return pages;
}

export function sitemap(pages: readonly PageMeta[], siteUrl: string): string {
  const urls = pages.filter((p) => !p.noindex).map((p) => `  <url><loc>${xmlText(absoluteUrl(siteUrl, p.path))}</loc></url>`);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
    ...urls,
    `</urlset>`,
    "",
  ].join("\n");
}

/**
 * The app's markup for a route, rendered at build time (src/app/ssr.tsx),
 * and, where it was rendered, maybe the page's document already made from it
 * (`renderDocument` with this template, site address and `meta`), with its
 * content hash.
 */
export type RenderRoute = (
  path: string,
  meta?: PageMeta,
  /** Where the page's document goes: a renderer that makes documents may write it there itself (`written`, with its content hash). */
  fileName?: string,
) => Promise<{ html: string; status: number; document?: { html: string; hash: string }; written?: { hash: string } & WrittenStat }>;

/**
 * Whether the page's file already holds what this build would write there
 * (the page cache and the output folder's ledger can tell): then the page is
 * neither rendered, nor composed, nor written. Asked at once, as the page
 * comes: a rebuild asks it of every page (500,000 at 10,000 bulletins), and
 * an answer through a promise, queued behind the pages being rendered, cost
 * seconds of waiting and garbage.
 */
export type PageUnchanged = (meta: PageMeta, fileName: string) => boolean;

export interface SiteFilesResult {
  /** Files handed to `write`, the 404 page and the sitemap included. */
  written: number;
  /** Pages the app itself answered with an error (a person whose data file is missing…): not written. */
  skipped: Array<{ path: string; status: number }>;
}

/**
 * Renders every page and hands each file to `write` as soon as it is ready:
 * one HTML per page, the 404 page and the sitemap. Each page's content is the
 * app's own render of its route, so the app hydrates it rather than painting
 * it again. Nothing is kept: at 1,000 bulletins the pages come to 400 MB.
 */
export async function siteFiles(
  template: string,
  bulletins: readonly Bulletin[],
  entities: readonly EntitySummary[],
  siteUrl: string,
  render: RenderRoute,
  /** `meta`: the page's description, for a page (not for the sitemap). */
  write: (file: SiteFile, meta?: PageMeta) => void | Promise<void>,
  onProgress?: (done: number, total: number) => void,
  /** Pages asked of `render` at once (a pool of render workers keeps that many busy); written in page order. */
  concurrency = 1,
  unchanged?: PageUnchanged,
): Promise<SiteFilesResult> {
  assertTemplate(template);
  const pages = sitePages(bulletins, entities);
  const skipped: SiteFilesResult["skipped"] = [];
  const inFlight: Array<{ meta: PageMeta; fileName: string; page: ReturnType<RenderRoute> }> = [];
  let done = 0;
  const finishOldest = async () => {
    const { meta, fileName, page } = inFlight.shift()!;
    const result = await page;
    if (result.status === 200) {
      const file: SiteFile = result.written
        ? { fileName, source: "", hash: result.written.hash, written: true, stat: { size: result.written.size, mtimeMs: result.written.mtimeMs } }
        : result.document
          ? { fileName, source: result.document.html, hash: result.document.hash }
          : { fileName, source: renderDocument(template, siteUrl, meta, result.html) };
      await write(file, meta);
    } else skipped.push({ path: meta.path, status: result.status });
    onProgress?.(++done, pages.length);
  };
  try {
    for (const meta of pages) {
      const fileName = fileForPath(meta.path);
      // Not queued behind the pages being rendered: nothing is written for it, and the sitemap keeps page order below.
      if (unchanged?.(meta, fileName)) {
        onProgress?.(++done, pages.length);
        continue;
      }
      const page = render(meta.path, meta, fileName);
      page.catch(() => {}); // awaited in turn below; never an unhandled rejection meanwhile
      inFlight.push({ meta, fileName, page });
      if (inFlight.length >= Math.max(1, concurrency)) await finishOldest();
    }
    while (inFlight.length > 0) await finishOldest();
  } finally {
    inFlight.length = 0;
  }
  const failed = new Set(skipped.map((s) => s.path));
  const written = failed.size === 0 ? pages : pages.filter((meta) => !failed.has(meta.path));
  const notFound = notFoundPage();
  const notFoundMarkup = await render(notFound.path, notFound);
  await write({ fileName: NOT_FOUND_FILE, source: notFoundMarkup.document?.html ?? renderDocument(template, siteUrl, notFound, notFoundMarkup.html) });
  await write({ fileName: SITEMAP_FILE, source: sitemap(written, siteUrl) });
  return { written: written.length + 2, skipped };
}
