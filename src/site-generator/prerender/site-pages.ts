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
import type { BulletinPages, KeptPage, PageGroups } from "./page-groups.ts";
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

/** The pages made of the bulletin alone, as `sitePages` lists them. Articles and quotes with unsafe ids are skipped. */
export function bulletinPages(b: Bulletin): BulletinPages<PageMeta> {
  const articles = b.articles.filter((a) => SAFE_SEGMENT.test(a.slug));
  return {
    head: [bulletinPage(b), ...articles.map((a) => articlePage(b, a))],
    quotes: articles.flatMap((a) => a.quotes.filter((q) => SAFE_SEGMENT.test(q.id)).map((q) => quotePage(b, a, q))),
  };
}

/**
 * A stretch of the site's pages, in page order: pages described here, or
 * a bulletin's pages as the last build described them (page-groups.ts),
 * described again only if one of them cannot be carried.
 */
type PageRun = { metas: readonly PageMeta[] } | { kept: readonly KeptPage[]; describe: () => readonly PageMeta[] };

/** Every page of the site in runs, newest bulletins first. Bulletins with unsafe ids are skipped. */
function siteRuns(bulletins: readonly Bulletin[], entities: readonly EntitySummary[], groups?: PageGroups): PageRun[] {
  const sorted = [...bulletins].filter((b) => SAFE_SEGMENT.test(b.id)).sort(compareNewestFirst);
  const perBulletin = sorted.map((b): [PageRun, PageRun] => {
    const kept = groups?.kept(b);
    if (!kept) {
      const made = bulletinPages(b);
      groups?.made(b, made);
      return [{ metas: made.head }, { metas: made.quotes }];
    }
    let made: BulletinPages<PageMeta> | undefined;
    const described = () => (made ??= bulletinPages(b));
    return [
      { kept: kept.head, describe: () => described().head },
      { kept: kept.quotes, describe: () => described().quotes },
    ];
  });
  return [
    { metas: [archivePage(), searchPage(), importPage()] },
    ...perBulletin.map(([head]) => head),
    { metas: entities.map(entityPage) },
    { metas: viewPages() },
    ...perBulletin.map(([, quotes]) => quotes),
  ];
}

/** Every page of the site, newest bulletins first. Bulletins or articles with unsafe ids are skipped. */
export function sitePages(bulletins: readonly Bulletin[], entities: readonly EntitySummary[]): PageMeta[] {
  return siteRuns(bulletins, entities).flatMap((run) => ("kept" in run ? run.describe() : run.metas));
}

/**
 * The sitemap protocol's limit of URLs in one file (sitemaps.org; search
 * engines refuse a longer one): at 10,000 bulletins the site has half a
 * million pages.
 */
export const SITEMAP_MAX_URLS = 50_000;

/** The `n`th (from 1) of the sitemaps `SITEMAP_FILE` indexes when the site has more pages than one may list. */
export const sitemapPartFile = (n: number) => `sitemap-${n}.xml`;

const XML_DECLARATION = `<?xml version="1.0" encoding="UTF-8"?>`;
const SITEMAP_NAMESPACE = `xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"`;

/**
 * The sitemap of the pages not marked noindex, in their order: `SITEMAP_FILE`
 * itself while they fit in one, else `SITEMAP_FILE` as the index of parts
 * (`sitemapPartFile`) of at most `maxUrls` each.
 */
export function sitemapFiles(pages: readonly Pick<PageMeta, "path" | "noindex">[], siteUrl: string, maxUrls = SITEMAP_MAX_URLS): SiteFile[] {
  const urls = pages.filter((p) => !p.noindex).map((p) => `  <url><loc>${xmlText(absoluteUrl(siteUrl, p.path))}</loc></url>`);
  const urlset = (list: readonly string[]) => [XML_DECLARATION, `<urlset ${SITEMAP_NAMESPACE}>`, ...list, `</urlset>`, ""].join("\n");
  if (urls.length <= maxUrls) return [{ fileName: SITEMAP_FILE, source: urlset(urls) }];
  const parts: SiteFile[] = [];
  for (let start = 0; start < urls.length; start += maxUrls) {
    parts.push({ fileName: sitemapPartFile(parts.length + 1), source: urlset(urls.slice(start, start + maxUrls)) });
  }
  const index = [
    XML_DECLARATION,
    `<sitemapindex ${SITEMAP_NAMESPACE}>`,
    ...parts.map((part) => `  <sitemap><loc>${xmlText(absoluteUrl(siteUrl, `/${part.fileName}`))}</loc></sitemap>`),
    `</sitemapindex>`,
    "",
  ].join("\n");
  return [{ fileName: SITEMAP_FILE, source: index }, ...parts];
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
  /** Files handed to `write`, the 404 page and the sitemap's files included. */
  written: number;
  /** Pages the app itself answered with an error (a person whose data file is missing…): not written. */
  skipped: Array<{ path: string; status: number }>;
}

/**
 * Renders every page and hands each file to `write` as soon as it is ready:
 * one HTML per page, the 404 page and the sitemap's files. Each page's content is the
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
  /** The pages of each unchanged bulletin as the last build described them: carried without describing them again. */
  groups?: PageGroups,
): Promise<SiteFilesResult> {
  assertTemplate(template);
  const runs = siteRuns(bulletins, entities, groups);
  let total = 0;
  for (const run of runs) total += "kept" in run ? run.kept.length : run.metas.length;
  /** Every page in page order, for the sitemap. */
  const listed: Array<Pick<PageMeta, "path" | "noindex">> = [];
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
    onProgress?.(++done, total);
  };
  /** Carries the page or asks for its render; true when as many renders as asked for at once are under way. */
  const start = (meta: PageMeta, fileName: string): boolean => {
    listed.push(meta);
    // Not queued behind the pages being rendered: nothing is written for it, and the sitemap keeps page order below.
    if (unchanged?.(meta, fileName)) {
      onProgress?.(++done, total);
      return false;
    }
    const page = render(meta.path, meta, fileName);
    page.catch(() => {}); // awaited in turn below; never an unhandled rejection meanwhile
    inFlight.push({ meta, fileName, page });
    return inFlight.length >= Math.max(1, concurrency);
  };
  try {
    for (const run of runs) {
      if (!("kept" in run)) {
        for (const meta of run.metas) if (start(meta, fileForPath(meta.path))) await finishOldest();
        continue;
      }
      for (const [i, page] of run.kept.entries()) {
        const fileName = fileForPath(page.path);
        if (groups!.carry(page, fileName)) {
          listed.push(page);
          onProgress?.(++done, total);
          continue;
        }
        // Described as the last build did (the same bulletin, template, site address and code): the page at its place.
        const metas = run.describe();
        const meta = metas[i];
        if (metas.length !== run.kept.length || meta?.path !== page.path) {
          throw new Error(`prerender: ${page.path} is not where the last build's pages of its bulletin had it (delete the page cache, .cache/pages)`);
        }
        if (start(meta, fileName)) await finishOldest();
      }
    }
    while (inFlight.length > 0) await finishOldest();
  } finally {
    inFlight.length = 0;
  }
  const failed = new Set(skipped.map((s) => s.path));
  const written = failed.size === 0 ? listed : listed.filter((page) => !failed.has(page.path));
  const notFound = notFoundPage();
  const notFoundMarkup = await render(notFound.path, notFound);
  await write({ fileName: NOT_FOUND_FILE, source: notFoundMarkup.document?.html ?? renderDocument(template, siteUrl, notFound, notFoundMarkup.html) });
  const sitemaps = sitemapFiles(written, siteUrl);
  for (const file of sitemaps) await write(file);
  return { written: written.length + 1 + sitemaps.length, skipped };
}
