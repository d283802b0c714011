/**
 * Loads the app's server entry (src/app/ssr.tsx) in Node, inside the build, and
 * points its data layer at the files the build has just written. A small Vite
 * server in middleware mode compiles the app's TypeScript and JSX on demand;
 * it has no plugins of the project's own (no recursion into this build), and
 * stylesheets are left out (only markup is wanted).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createServer, type Plugin } from "vite";
import type { RenderedPage } from "../../app/ssr.tsx";
import type { Bulletin } from "../../parser/model/index.ts";
import { SCHEMA_VERSION } from "../../parser/model/version.ts";
import { bulletinFile } from "../data-paths.ts";
import { outputHash, type WrittenStat } from "../output/ledger.ts";
import { writeFileWithStat } from "../output/write-file.ts";
import { composeDocument, type PageMeta } from "./document.ts";
import { personPageTemplate, placePageTemplate } from "./entity-pages.ts";
import { quotePageTemplate } from "./quote-pages.ts";
import { templatePages } from "./template-pages.ts";

const SSR_ENTRY = "/src/app/ssr.tsx";

/**
 * One page in this many made a quicker way (given its data, its layout
 * spliced around it) is rendered the whole way as well (its loader fetching
 * and checking its files, the layout rendered with it), as is the first page
 * of each route: the two must be the same, markup, status and files, or every
 * later page is rendered the whole way (with a warning).
 */
export const GIVEN_DATA_CHECK_EVERY = 100;

/**
 * Parsed data files kept for the next pages: a bulletin's file serves its
 * own page, its articles' and its quotes', which come one after another.
 */
const PARSED_FILES_KEPT = 8;

const withoutStylesheets: Plugin = {
  name: "bulletin-reader:prerender-no-css",
  enforce: "pre",
  load: (id) => (/\.css(\?|$)/.test(id) ? "" : undefined),
};

/**
 * A page as the prerender gets it. `warning`: said once, when pages made a
 * quicker way (given their data, or made from templates) were
 * found to differ from the app's whole render. `document`, with `meta`: the
 * page's whole HTML file (document.ts), made where the page was rendered,
 * with its content hash; `html` is then the part of it from `bodyAt` on.
 * `template`: the kind of a page made without the app's renderer (template-pages.ts: quote, person and place pages).
 */
export type AppPage = RenderedPage & {
  warning?: string;
  document?: { html: string; hash: string; bodyAt: number };
  /** The document was written to the file asked for (`render`'s `fileName`), with content of this hash, this size and modification time. */
  written?: { hash: string } & WrittenStat;
  template?: string;
};

/** What makes a page's document around its markup: the built index.html and the site's address. */
export interface DocumentInputs {
  template: string;
  siteUrl: string;
}

export interface AppRenderer {
  /**
   * With `meta` (and the renderer's `DocumentInputs`), the page's document
   * is made too; with `fileName` as well, a page of status 200 is written
   * there (under the output folder) unless the file already holds it.
   */
  render(path: string, meta?: PageMeta, fileName?: string): Promise<AppPage>;
  /** Same fingerprint, same markup from the same data: the page cache relies on it. See `codeFingerprint`. */
  code: string;
  /** The content hash of the data file a URL names (hashed as the render reads it, else read for it). */
  dataFileHash(url: string): string;
  close(): Promise<void>;
}

/** The hash of a data file that is not there (or outside the output folder). */
const NO_FILE = "none";
/** The output ledger's hash (ledger.ts), so that the data plugin's hashes of the files it wrote can stand in for reading them back. */
const contentHash = (bytes: Buffer) => outputHash(bytes);

/** The content hash of the data file `url` names, read for it (the page cache's `HashOf`). */
export function hashDataFile(outDir: string, url: string): string {
  const file = dataFilePath(outDir, url);
  try {
    return file === null ? NO_FILE : contentHash(readFileSync(file));
  } catch {
    return NO_FILE;
  }
}

/** The lockfile, or the manifest where there is none: which versions of React and the rest render. */
const DEPENDENCY_FILES = ["package-lock.json", "package.json"];
/** Everything the app's modules can import from. The whole folder, not the modules a render loaded: routes load lazily, after any page could be judged. */
const SOURCE_FOLDER = "src";

/** Unit tests, which the app never imports. */
const TEST_FILE = /\.test\.tsx?$/;

/**
 * A fingerprint of the code that renders pages: every file under src/ but
 * tests (a change to the parser changes it too, which costs a full render and
 * never a stale page) and the lockfile, for React and the other packages the
 * render imports.
 */
export function codeFingerprint(root: string): string {
  const hash = createHash("sha256");
  const dependencies = DEPENDENCY_FILES.map((name) => path.join(root, name)).find((file) => existsSync(file));
  if (dependencies) hash.update(readFileSync(dependencies));
  const sources = path.join(root, SOURCE_FOLDER);
  const files = readdirSync(sources, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !TEST_FILE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(`\0${path.relative(root, file)}\0`).update(readFileSync(file));
  return hash.digest("hex");
}

/** The output folder's file name (`/`-separated) a data URL names. */
export function dataFileName(url: string): string {
  return decodeURIComponent(new URL(url, "http://prerender.invalid").pathname).replace(/^\/+/, "");
}

/**
 * The file in the output folder a data URL names, or null for one outside it:
 * ids are checked before they reach a URL, but a page must never read outside.
 */
export function dataFilePath(outDir: string, url: string): string | null {
  const file = path.join(outDir, decodeURIComponent(new URL(url, "http://prerender.invalid").pathname));
  return path.relative(outDir, file).startsWith("..") ? null : file;
}

/**
 * Writes a page's document where the page was rendered: on the build's own
 * thread each file cost five round trips through Node's thread pool (folder,
 * open, write, close, stat), and with 68,500 pages at 1,000 bulletins the
 * build's thread and the render workers were each idle half the prerender,
 * waiting on them. Here they are plain calls, in a thread that does nothing
 * else meanwhile, and the file's size and time are taken from it before it
 * is closed, for the output ledger. Null, and nothing written, when the file
 * already holds the page (a rebuild): the build's writer then finds it
 * unchanged as before.
 */
export function writePage(outDir: string, fileName: string, page: string | Buffer): WrittenStat | null {
  const target = path.join(outDir, ...fileName.split("/"));
  if (path.relative(outDir, target).startsWith("..")) throw new Error(`prerender: ${fileName} is outside the output folder`);
  const bytes = typeof page === "string" ? Buffer.from(page, "utf8") : page;
  // A folder just made holds no file yet (every page has its own): a cold build looks for none.
  if (mkdirSync(path.dirname(target), { recursive: true }) === undefined) {
    try {
      if (readFileSync(target).equals(bytes)) return null;
    } catch {
      /* not there yet */
    }
  }
  return writeFileWithStat(target, bytes);
}

export async function loadAppRenderer(root: string, outDir: string, documents?: DocumentInputs): Promise<AppRenderer> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: "error",
    appType: "custom",
    server: { middlewareMode: true, hmr: false, ws: false },
    plugins: [withoutStylesheets],
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const app = (await server.ssrLoadModule(SSR_ENTRY)) as typeof import("../../app/ssr.tsx");
    const hashes = new Map<string, string>();
    /** A data file's bytes, or null for none; its hash is noted either way (the page cache's). */
    const readBytes = (url: string): Buffer | null => {
      const file = dataFilePath(outDir, url);
      try {
        if (file === null) throw new Error("outside the output folder");
        // Sync: pages render one at a time, so there is nothing to overlap with the read, and an async
        // read's round trip through the event loop cost 14–21% of the prerender (200 bulletins, 3 paired builds).
        const bytes = readFileSync(file);
        hashes.set(url, contentHash(bytes));
        return bytes;
      } catch {
        hashes.set(url, NO_FILE);
        return null;
      }
    };
    app.setDataSource(async (url) => {
      const bytes = readBytes(url);
      return bytes === null
        ? new Response(null, { status: 404 })
        : new Response(new Uint8Array(bytes), { headers: { "content-type": "application/json" } });
    });
    // The files pages are given (ssr.tsx `ReadData`): read and hashed once, parsed, the last few kept.
    const parsed = new Map<string, unknown>();
    const read = (url: string): unknown => {
      if (parsed.has(url)) return parsed.get(url);
      const bytes = readBytes(url);
      let data: unknown;
      try {
        data = bytes === null ? undefined : JSON.parse(bytes.toString("utf8"));
      } catch {
        // Not JSON: the page is then rendered the whole way, and its loader says what is wrong.
        data = undefined;
      }
      parsed.set(url, data);
      if (parsed.size > PARSED_FILES_KEPT) parsed.delete(parsed.keys().next().value!);
      return data;
    };
    const dataFileHash = (url: string): string => {
      let hash = hashes.get(url);
      if (hash === undefined) {
        hash = hashDataFile(outDir, url);
        hashes.set(url, hash);
      }
      return hash;
    };
    const pages = app.createPageRenderer();
    const checked = new Set<string>();
    let given = 0;
    let drifted = false;
    const differs = (page: RenderedPage, whole: RenderedPage) =>
      whole.html !== page.html ? "markup" : whole.status !== page.status ? "status" : whole.dataFiles.join(" ") !== page.dataFiles.join(" ") ? "data files" : null;
    const appPage = async (route: string): Promise<AppPage> => {
      if (drifted) return pages.render(route);
      const page = await pages.render(route, read, { spliceLayout: true });
      if (page.given === undefined && page.spliced === undefined) return page;
      const kind = `${page.given ?? ""}\0${page.spliced ?? ""}`;
      if (checked.has(kind) && ++given % GIVEN_DATA_CHECK_EVERY !== 0) return page;
      checked.add(kind);
      const whole = await pages.render(route);
      const what = differs(page, whole);
      if (what === null) return page;
      drifted = true;
      // Which shortcut it was: the page given its data, its layout rendered whole.
      const layoutAtFault = page.spliced !== undefined && (page.given === undefined || differs(await pages.render(route, read), whole) === null);
      const how = layoutAtFault ? "with its layout rendered once for its route and spliced around it" : "given its data";
      const fix = layoutAtFault ? "the layout must not depend on more than the route matched (src/app/components/Layout.tsx, `spliceLayout` in src/app/ssr.tsx)" : "fix pageData in src/app/ssr.tsx";
      return { ...whole, warning: `${route}: ${how}, the page's ${what} is not the app's; every later page is rendered the whole way (${fix})` };
    };
    // Quote, person and place pages are made from the files the app's render of them reads.
    const warnings: string[] = [];
    const bulletinOf = (id: string): Bulletin | null => {
      const data = read(`/${bulletinFile(id)}`) as Bulletin | undefined;
      return data?.schemaVersion === SCHEMA_VERSION ? data : null;
    };
    const templates = templatePages([quotePageTemplate(bulletinOf), personPageTemplate(read), placePageTemplate(read)], appPage, (message) => warnings.push(message));
    const render = async (route: string, meta?: PageMeta, fileName?: string): Promise<AppPage> => {
      const page: AppPage = (await templates.render(route)) ?? (await appPage(route));
      if (warnings.length > 0) page.warning = [...(page.warning ? [page.warning] : []), ...warnings.splice(0)].join("; ");
      if (meta && documents) {
        const { html, bodyAt } = composeDocument(documents.template, documents.siteUrl, meta, page.html);
        // Encoded once, for its hash and its file: the hash of the string encoded it too, 68,500 times in a build at 1,000 bulletins.
        const toWrite = fileName !== undefined && page.status === 200 ? { fileName, bytes: Buffer.from(html, "utf8") } : null;
        const hash = outputHash(toWrite?.bytes ?? html);
        const written = toWrite ? writePage(outDir, toWrite.fileName, toWrite.bytes) : null;
        if (written) page.written = { hash, ...written };
        else page.document = { html, hash, bodyAt };
      }
      return page;
    };
    return {
      render,
      code: codeFingerprint(root),
      dataFileHash,
      close: async () => {
        pages.dispose();
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}
