/**
 * Offline support: a Workbox service worker (generateSW's template, built by
 * sw-build.ts, which bundles it only when its code changed) precaches the app
 * shell; sw-scripts.ts adds the data cache and the registration.
 *
 * Choices, and why:
 * - Precache: the built JS/CSS, index.html and the icons; not the prerendered
 *   pages (one per article) nor the data (megabytes at archive scale).
 * - Navigations: network only, falling back to the precached index.html when
 *   offline. Online, every page is the fresh prerendered one; offline, the
 *   shell of the current build starts the app, which reads the bulletin from
 *   the data cache. Caching prerendered pages instead would keep HTML that
 *   points at an old build's scripts: the stale mix this avoids.
 * - Data (/data/…): cache-first in a cache per data version (see sw-scripts.ts).
 * - cleanupOutdatedCaches drops precaches of older Workbox versions.
 * - Updates ("prompt"): a new build's worker waits until the reader reloads
 *   through the "newer version" notice, or reloads the only tab; until then
 *   open tabs run the old build with the old build's cached code. See
 *   sw-scripts.ts. clientsClaim lets the first worker control the page that
 *   installed it, so that page's bulletin is cached for offline reading.
 */
import { createHash } from "node:crypto";
import type { Logger, Plugin } from "vite";
import path from "node:path";
import type { GenerateSWOptions } from "workbox-build";
import { BULLETINS_PLUGIN_NAME, type BulletinsPluginApi } from "../bulletins-plugin.ts";
import { buildServiceWorker } from "./sw-build.ts";
import { swDataScript, swRegisterScript } from "./sw-scripts.ts";

export const SW_FILE = "sw.js";
/**
 * The registration script, which tells the worker which build (data version)
 * the page runs. Its name stays the same from build to build, so that a page
 * does not change when only the data did: named per data version, it made
 * every page of the site differ after one bulletin changed (68,000 pages
 * written again at 1,000 bulletins). A page of a new build must still never
 * get an old build's copy: it is left out of the precache and fetched from
 * the network first, revalidated past the HTTP cache; the copy the worker
 * keeps is only for offline, when the page is the worker's own shell.
 */
export const SW_REGISTER_FILE = "sw-register.js";
/** The worker's cache of the registration script (offline only). */
export const SW_REGISTER_CACHE = "bulletin-sw-register";

export function offlinePlugin(): Plugin[] {
  // Filled in generateBundle, once the data files' contents are known; read
  // when sw.js is written in closeBundle.
  const importScripts: string[] = [];
  /** The data plugin's files' content hashes (it writes them itself, outside Rollup's bundle); none in a build without it. */
  let dataHashes: BulletinsPluginApi["writtenHashes"] = () => new Map();
  /**
   * A hash of every data file: names the data cache and the registration
   * script. Known once the data plugin's buildStart has run. Made from each
   * file's content hash: a rebuild no longer holds the content of files the
   * last build left as they are.
   */
  let version: string | undefined;
  const dataVersion = (): string => {
    if (version === undefined) {
      const hash = createHash("sha256");
      const hashes = dataHashes();
      for (const name of [...hashes.keys()].sort()) {
        if (name.startsWith("data/")) hash.update(name).update("\0").update(hashes.get(name)!).update("\0");
      }
      version = hash.digest("hex").slice(0, 12);
    }
    return version;
  };

  let outDir = "";
  let root = "";
  let logger: Logger | undefined;
  const workbox = (): GenerateSWOptions & { globDirectory: string } => ({
    swDest: path.join(outDir, SW_FILE),
    globDirectory: outDir,
    globPatterns: ["index.html", "assets/**/*.{js,css,woff2,svg,png}", "*.{svg,ico,png,js}"],
    globIgnores: [SW_FILE, SW_REGISTER_FILE, "workbox-*.js", "data/**"],
    // Hashed names: their name changes with their content, the precache needs no revision.
    dontCacheBustURLsMatching: /^assets\//,
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    mode: "production",
    sourcemap: false,
    offlineGoogleAnalytics: false,
    cleanupOutdatedCaches: true,
    disableDevLogs: true,
    skipWaiting: false, // Workbox then obeys a SKIP_WAITING message instead
    clientsClaim: true,
    // Without this the precache answers "/" with its index.html (Workbox maps a directory to its
    // index): the archive page would stay the old build's after a new one is published.
    directoryIndex: "",
    importScripts,
    runtimeCaching: [
      {
        // Serialised into sw.js: only literals inside. The name is SW_REGISTER_FILE.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname === "/sw-register.js",
        handler: "NetworkFirst",
        options: { cacheName: SW_REGISTER_CACHE, fetchOptions: { cache: "no-cache" } },
      },
      {
        urlPattern: ({ request }) => request.mode === "navigate",
        handler: "NetworkOnly",
        options: {
          precacheFallback: { fallbackURL: "index.html" },
        },
      },
    ],
  });

  const companion: Plugin = {
    name: "bulletin-reader:offline",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      logger = config.logger;
      root = config.root;
      const data = config.plugins.find((p) => p.name === BULLETINS_PLUGIN_NAME)?.api as BulletinsPluginApi | undefined;
      if (data) dataHashes = data.writtenHashes;
    },
    buildStart() {
      version = undefined;
    },
    transformIndexHtml() {
      return [{ tag: "script", attrs: { src: `/${SW_REGISTER_FILE}`, defer: true }, injectTo: "head" }];
    },
    generateBundle() {
      const dataScript = `sw-data-${dataVersion()}.js`;
      importScripts.splice(0, importScripts.length, `/${dataScript}`);
      this.emitFile({ type: "asset", fileName: dataScript, source: swDataScript(dataVersion()) });
      this.emitFile({ type: "asset", fileName: SW_REGISTER_FILE, source: swRegisterScript(`/${SW_FILE}`, "/", dataVersion()) });
    },
    // After the bundle is written (the precache lists its files) and before the output plugin's
    // last step, which records the worker's files and removes the last build's that are gone.
    closeBundle: {
      sequential: true,
      async handler(error?: Error) {
        if (error) return;
        const { warnings } = await buildServiceWorker(workbox(), {
          cacheDir: process.env.SW_CACHE_DIR || path.join(root, ".cache", "sw"),
          lockfile: path.join(root, "package-lock.json"),
        });
        for (const warning of warnings) logger?.warn(`service worker: ${warning}`);
      },
    },
  };

  return [companion];
}
