/**
 * Vite plugin: after the client bundle is written, writes an HTML file for
 * every route (see site-pages.ts) from the built index.html, its content
 * rendered by the app itself (app-renderer.ts), so deep links work on any
 * static host and a shared link shows its own preview.
 *
 * The bulletins come from the data plugin: register `prerender.collect` as
 * one of its emitters, and this plugin after it.
 *
 * `vite preview` is taught to answer like a static host: `/a/b` is served
 * from `a/b/index.html`, and a page that does not exist gets 404.html with
 * status 404 instead of the SPA's index.html with 200.
 */
import { hash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Plugin, ResolvedConfig } from "vite";
import type { Bulletin } from "../../parser/model/index.ts";
import { makingFiles, type BulletinEmitter } from "../emitters.ts";
import { dataFileName, loadAppRenderer } from "./app-renderer.ts";
import { BULLETINS_PLUGIN_NAME, type BulletinsPluginApi } from "../bulletins-plugin.ts";
import { renderPool, renderWorkerCount, type RenderPool } from "./render-pool.ts";
import { outputWriter } from "../output/output-plugin.ts";
import { readEntityPages } from "./entity-files.ts";
import { keepsMarkup, PageCache } from "./page-cache.ts";
import { BulletinPageGroups, groupInputs } from "./page-groups.ts";
import { NOT_FOUND_FILE, siteFiles, type PageUnchanged, type RenderRoute } from "./site-pages.ts";
import type { PageMeta } from "./document.ts";
import { outputHash } from "../output/ledger.ts";
import { localSiteUrlWarning } from "./site.ts";
import { buildPhases } from "../phases/build-phases.ts";

/** A long prerender (thousands of pages) says how far it is this often. */
const PROGRESS_EVERY_MS = 5_000;

/**
 * Pages asked for at once, per render worker. Pages are written in page
 * order, so a slow page holds up those after it: the first page rendered
 * waits for the workers to start (seconds), and meanwhile the pages the page
 * cache gives back keep coming, up to this many per worker. A page is 14 kB.
 */
const PAGES_PER_WORKER = 64;

/** A data URL that is a plain absolute path: no escapes, query, fragment, or `.`/`..`/empty segment, so its file name is itself without the `/`. */
const PLAIN_DATA_PATH = /^(?:\/(?!\.{1,2}(?:\/|$))[A-Za-z0-9._-]+)+$/;

/** Beside the page cache: what the person and place data files said, by content hash (entity-files.ts). */
const ENTITIES_CACHE_FILE = "entities.json";

/** Beside the page cache: the pages made of each bulletin alone, by its key (page-groups.ts). */
const GROUPS_CACHE_FILE = "bulletin-pages.json";

/** Where rendered pages are kept between builds (page-cache.ts): `PAGES_CACHE_DIR`, else `<root>/.cache/pages` (gitignored). */
function pageCacheDir(root: string): string {
  return process.env.PAGES_CACHE_DIR || path.join(root, ".cache", "pages");
}

export interface PrerenderPlugin extends Plugin {
  /** An emitter for the data plugin that hands this plugin the parsed bulletins. */
  collect: BulletinEmitter;
}

export function prerenderPlugin({ siteUrl }: { siteUrl: string }): PrerenderPlugin {
  let bulletins: Bulletin[] = [];
  /** Each bulletin's key, in a build with a parse cache (`EmitContext.bulletinKeys`): its pages are kept by it. */
  let bulletinKeys: ReadonlyMap<string, string> | undefined;
  let config: ResolvedConfig;
  /** The render pool, made as the bulletins are parsed; its workers started then when every page will be rendered (`startAhead`). */
  let ahead: RenderPool | null = null;
  const defaultOutDir = () => path.resolve(config.root, config.build.outDir);

  /**
   * A build whose page cache holds no page of this app code (the first, or
   * after the code changed) renders every page: its render workers are started
   * now, while the data files are made on this thread, not once the prerender
   * asks for its first page (each takes 1.5 s of a core to start). A rebuild
   * that may find its pages in the cache starts one, for the pages of the
   * bulletins that changed: its start-up was most of a rebuild's prerender
   * (3 of 6 s at 1,000 bulletins), and it runs on the core the emitters leave
   * idle, so a rebuild with nothing to render loses little to it.
   */
  function startAhead(): void {
    if (ahead || config.command !== "build" || config.build.ssr || config.build.write === false) return;
    const workers = renderWorkerCount();
    if (workers <= 1) return;
    ahead = renderPool(config.root, defaultOutDir(), workers);
    ahead.start(PageCache.mayHold(pageCacheDir(config.root), ahead.code) ? 1 : workers);
  }

  /** Stops workers started ahead that no prerender took (a build that failed before it, or made no pages). */
  async function stopAhead(): Promise<void> {
    const pool = ahead;
    ahead = null;
    await pool?.close();
  }

  // It makes no file: the dev server, which prerenders nothing, never runs it.
  const collect = makingFiles(
    function collect(list, context) {
      bulletins = list;
      bulletinKeys = context?.bulletinKeys;
      startAhead();
      return [];
    },
    { has: () => false },
  );

  return {
    name: "bulletin-reader:prerender",
    enforce: "post",
    collect,
    configResolved(resolved) {
      config = resolved;
    },
    async buildEnd(error) {
      if (error) await stopAhead();
    },
    // Also after a failed write (the data files'): the workers would keep the process alive.
    async closeBundle() {
      await stopAhead();
    },
    writeBundle: {
      order: "post",
      sequential: true,
      async handler(options) {
        const outDir = options.dir ?? path.resolve(config.root, config.build.outDir);
        const templatePath = path.join(outDir, "index.html");
        if (!existsSync(templatePath)) return; // a library or SSR build: nothing to prerender
        const started = Date.now();
        const template = readFileSync(templatePath, "utf8");
        // In worker threads, one per core (render-pool.ts); PRERENDER_WORKERS=1 renders on this thread.
        // Where a page is rendered, its document is made too (document.ts): this thread only writes it.
        const workers = renderWorkerCount();
        const documents = { template, siteUrl };
        // Those started ahead read the data files from where the build was configured to write: another folder, other workers.
        let early = ahead;
        ahead = null;
        if (early && early.outDir !== path.resolve(outDir)) {
          await early.close();
          early = null;
        }
        early?.setDocuments(documents);
        const pool = early ?? (workers > 1 ? renderPool(config.root, outDir, workers, documents) : null);
        const renderer = pool ?? (await loadAppRenderer(config.root, outDir, documents));
        let lastReport = started;
        const progress = (done: number, total: number) => {
          if (Date.now() - lastReport < PROGRESS_EVERY_MS && done < total) return;
          lastReport = Date.now();
          config.logger.info(`prerender: ${done} of ${total} pages`);
        };
        const writer = outputWriter(config, outDir, "pages");
        // A data file's hash as the data plugin wrote it: reading tens of thousands of them back
        // (person pages, each its own file) cost a rebuild seconds of its main thread.
        const dataHashes = (config.plugins.find((p) => p.name === BULLETINS_PLUGIN_NAME)?.api as BulletinsPluginApi | undefined)?.writtenHashes();
        // A plain path (what the app's data URLs are) is its own file name: parsing each as a URL cost a rebuild 0.3 s at 2,500 bulletins.
        const fileNameOf = (url: string) => (PLAIN_DATA_PATH.test(url) ? url.slice(1) : dataFileName(url));
        const dataFileHash = (url: string) => dataHashes?.get(fileNameOf(url)) ?? renderer.dataFileHash(url);
        const cache = buildPhases.time("page cache read", () => PageCache.open(pageCacheDir(config.root), renderer.code, dataFileHash));
        let pages = 0;
        // Quote, person and place pages, most of the site's, are made from their data in the app's own markup (template-pages.ts).
        let templatePages = 0;
        const render: RenderRoute = async (route, meta, fileName) => {
          pages++;
          const html = cache.reuse(route);
          if (html !== null) return { html, status: 200 };
          const page = await renderer.render(route, meta, fileName);
          if (page.warning) config.logger.warn(`prerender: ${page.warning}`);
          if (page.template) templatePages++;
          if (page.status === 200 && keepsMarkup(page)) cache.keep(route, page.html, page.dataFiles);
          else if (page.status === 200) cache.keepWithoutMarkup(route, page.dataFiles);
          return page;
        };
        // A page's document is made from the template, the site's address, its description and its markup:
        // the first three are keyed here, the markup by the page cache.
        // One-shot hashes: a hash object per page cost 0.8 s of a rebuild at 2,500 bulletins (150,000 pages).
        const documentInputs = hash("sha1", `${template}\0${siteUrl}\0`, "base64url");
        // Not kept per page: a rebuild asks it once of each page, and again only of the few rendered (a WeakMap of 150,000 was garbage to trace).
        const documentKey = (meta: PageMeta) => hash("sha1", documentInputs + JSON.stringify(meta), "base64url");
        const carry = (route: string, doc: string, fileName: string) => {
          if (!cache.carryWritten(route, doc, (out) => writer.carried(fileName, out))) return false;
          pages++;
          return true;
        };
        const unchanged: PageUnchanged = (meta, fileName) => carry(meta.path, documentKey(meta), fileName);
        const groups = buildPhases.time("page groups read", () =>
          BulletinPageGroups.open(
            path.join(pageCacheDir(config.root), GROUPS_CACHE_FILE),
            groupInputs(documentInputs, renderer.code),
            bulletinKeys,
            carry,
            // The page cache has each written page's key by now: hashing 500,000 descriptions again took a cold build at 10,000 seconds.
            (meta) => cache.documentOf(meta.path) ?? documentKey(meta),
          ),
        );
        try {
          buildPhases.lap("before prerender");
          const { written, skipped } = await siteFiles(
            template,
            bulletins,
            // What each person and place file says, kept by its content hash: a rebuild reads only those that changed.
            readEntityPages(outDir, (fileName) => dataHashes?.get(fileName), path.join(pageCacheDir(config.root), ENTITIES_CACHE_FILE)),
            siteUrl,
            render,
            (file, meta) => {
              const hash = file.hash ?? outputHash(file.source);
              if (meta) cache.document(meta.path, documentKey(meta), hash);
              return file.written && file.hash ? writer.recordWritten(file.fileName, file.hash, file.stat) : writer.write(file.fileName, file.source, hash);
            },
            progress,
            workers > 1 ? workers * PAGES_PER_WORKER : 1,
            unchanged,
            groups,
          );
          // How well the workers were kept fed (render-pool.ts `pagesAhead`): the share of the time since its first page each spent rendering.
          const busy = pool?.busyShares() ?? [];
          if (busy.length > 0) config.logger.info(`prerender: render workers busy ${busy.map((share) => `${Math.round(share * 100)} %`).join(", ")} of the time since their first page`);
          await writer.close();
          buildPhases.lap("prerender");
          await buildPhases.timeAsync("page cache saved", () => cache.save());
          buildPhases.time("page groups saved", () => groups.save());
          config.logger.info(`prerender: ${groups.carriedPages} pages of ${groups.keptBulletins} unchanged bulletins carried by bulletin`);
          config.logger.info(
            `prerender: ${written} files in ${Date.now() - started} ms (${cache.reusedCount} of ${pages} pages unchanged since the last build, reused; ${templatePages} quote, person and place pages made without the app's renderer)`,
          );
          for (const { path: route, status } of skipped) config.logger.warn(`prerender: ${route} skipped: the app answered ${status}`);
          // Last, so it is the build's closing word and not lost in scrollback.
          for (const line of localSiteUrlWarning()) config.logger.warn(`!! ${line}`);
        } catch (error) {
          // The pages not made are not gone: they must not be swept from dist/ (output-plugin.ts).
          writer.abandon();
          throw error;
        } finally {
          await buildPhases.timeAsync("render workers stopped", () => renderer.close());
        }
      },
    },
    configurePreviewServer(server) {
      const outDir = path.resolve(config.root, config.build.outDir);
      const isFile = (p: string) => existsSync(p) && statSync(p).isFile();
      server.middlewares.use((req, res, next) => {
        if (req.method !== "GET" && req.method !== "HEAD") return next();
        const [rawPath = "/", query] = (req.url ?? "/").split("?", 2);
        let pathname: string;
        try {
          pathname = decodeURIComponent(rawPath);
        } catch {
          return next();
        }
        if (pathname.includes("\0") || pathname.split("/").includes("..")) return next();
        if (isFile(path.join(outDir, pathname))) return next(); // assets, data, pages asked for by file name
        const index = path.join(outDir, pathname, "index.html");
        if (isFile(index)) {
          req.url = `${pathname.replace(/\/?$/, "/")}index.html${query === undefined ? "" : `?${query}`}`;
          return next();
        }
        // Only page navigations get the 404 page; a missing script or JSON gets a bare 404.
        const wantsHtml = (req.headers.accept ?? "").includes("text/html");
        const notFound = path.join(outDir, NOT_FOUND_FILE);
        if (!wantsHtml || !isFile(notFound)) {
          res.statusCode = 404;
          res.end();
          return;
        }
        res.statusCode = 404;
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.end(req.method === "HEAD" ? undefined : readFileSync(notFound));
      });
    },
  };
}
