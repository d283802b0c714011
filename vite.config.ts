/// <reference types="vitest/config" />
import path from "node:path";
import { defineConfig, runnerImport } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { bulletinsPlugin, type LoadedParser, type ParserHint } from "./src/site-generator/bulletins-plugin.ts";
import type { ParseFn } from "./src/site-generator/bulletin-store.ts";
import { cspPlugin } from "./src/site-generator/csp/csp-plugin.ts";
import { countBulletinFiles, defaultCacheDir, parserVersion, withParseCache } from "./src/site-generator/cache/index.ts";
import { bulletinFiles, parseInWorkers } from "./src/site-generator/cache/parse-pool.ts";
import { feedEmitters } from "./src/site-generator/feeds/index.ts";
import { offlinePlugin } from "./src/site-generator/offline/index.ts";
import { outputPlugin } from "./src/site-generator/output/output-plugin.ts";
import { readSource } from "./src/site-generator/read-source.ts";
import { prerenderPlugin, siteUrlFromEnv } from "./src/site-generator/prerender/index.ts";
import { cachedSearchEmitter } from "./src/search/emit.ts";
import { cachedViewsEmitter } from "./src/views/emit.ts";
import { makingFiles } from "./src/site-generator/emitters.ts";
import { searchFiles, viewsFiles } from "./src/site-generator/dev/declared-files.ts";

// BULLETINS_DIR: another folder of .txt bulletins (the benchmark's synthetic archive).
const bulletinsDir = process.env.BULLETINS_DIR || "bulletins";
// SITE_URL: the deployed origin, for canonical URLs, link previews and the feed (src/site-generator/prerender/site.ts).
const siteUrl = siteUrlFromEnv();
// MAPS_CACHE_DIR: where places' locator maps are kept between builds (src/search/locator-cache.ts).
const mapsCacheDir = process.env.MAPS_CACHE_DIR || path.join(process.cwd(), ".cache", "maps");
// EMIT_CACHE_DIR: where the search and views emitters keep their files between builds (src/emit-cache/emit-cache.ts).
const emitCacheDir = process.env.EMIT_CACHE_DIR || path.join(process.cwd(), ".cache", "emit");
const prerender = prerenderPlugin({ siteUrl });

// The parse cache's parse, which also counts the bulletins a build holds from their summaries without calling it.
async function loadParser(hint?: ParserHint): Promise<LoadedParser> {
  // The throwing variant: a file that is not a bulletin at all is reported and skipped.
  const { module } = await runnerImport<typeof import("./src/parser/index.ts")>("./src/parser/index.ts");
  // The full GeoNames subset for place coordinates (the in-browser parser gets a compact one).
  const { module: geo } = await runnerImport<typeof import("./src/gazetteer/node.ts")>("./src/gazetteer/node.ts");
  // Loaded only if a bulletin is parsed here: with the parse pool's workers, or a warm cache, none is.
  let gazetteer: ReturnType<typeof geo.loadNodeGazetteer> | undefined;
  const parse: ParseFn = (text, options) =>
    module.parseBulletinOrThrow(text, { ...options, gazetteer: (gazetteer ??= geo.loadNodeGazetteer()) });
  const root = process.cwd();
  // What the cache lacks is parsed first in worker threads, one per core (PARSE_WORKERS to change);
  // files are read as the data plugin reads them (src/site-generator/bulletins-plugin.ts), or the cache keys would differ.
  // The dev server's start says which files its summaries did not find in the cache: the others need no look.
  // A build names the files it knows unchanged from their stamps: neither read nor looked up.
  const files = hint?.uncached ?? bulletinFiles(bulletinsDir).filter((f) => !hint?.unchanged?.has(path.resolve(f)));
  const parsedElsewhere = await parseInWorkers({
    files,
    // The build's own read, which keeps what its read pass needs of each file: it does not read them again.
    read:
      hint?.read ??
      ((file) => {
        const source = readSource(file);
        if (!source.ok) throw new Error(`unreadable: ${file}`); // the data plugin reports it
        return source.text;
      }),
    cacheDir: defaultCacheDir(root),
    version: parserVersion(),
  });
  // Cached by content hash and parser version, with progress and a summary (src/site-generator/cache).
  return withParseCache(parse, { root, total: hint?.uncached ? hint.uncached.length : countBulletinFiles(bulletinsDir), parsedElsewhere });
}

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    cspPlugin(), // build only: Content-Security-Policy <meta> and dist/_headers
    // Not under Vitest: unit tests need no data, and should not parse the archive.
    ...(process.env.VITEST
      ? []
      : [
          bulletinsPlugin({
            dir: bulletinsDir,
            loadParser,
            // The dev server's start reads the bulletins' summaries from it (src/site-generator/dev/).
            parseCache: { dir: defaultCacheDir(process.cwd()), version: parserVersion() },
            // Other outputs (search index, feeds) register here as emitters.
            // Each says which files it makes, so the dev server runs it only when one is asked for.
            emitters: [...feedEmitters({ siteUrl }), prerender.collect, makingFiles(cachedSearchEmitter(mapsCacheDir, emitCacheDir), searchFiles), makingFiles(cachedViewsEmitter(emitCacheDir), viewsFiles)],
          }),
          prerender,
          ...offlinePlugin(),
          // Last: writes only what changed in dist/ and removes what is gone (src/site-generator/output/).
          outputPlugin(),
        ]),
  ],
  build: {
    // dist/ is kept between builds: the output plugin writes what changed and removes what is
    // gone, so a rebuild does not write 58,000 files again. `--emptyOutDir` still builds clean.
    emptyOutDir: false,
    // The entry's stages are its static imports (src/app/main.tsx), which the browser
    // fetches at once; lazy routes load their few small files as their own imports.
    // Vite's helper adds preload tags from script for each lazy import: under
    // Lighthouse each tag added cost the page a task of its own.
    modulePreload: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // One file per start-up stage (src/app/main.tsx): each file is one more request
          // and one more module to compile before the app starts.
          groups: [
            {
              // With the stages' yield (next-task), which each stage imports: taken into the
              // app's file instead, it would make React's file import the app's and run after it.
              name: "react",
              priority: 3,
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]|src[\\/]app[\\/](stages[\\/]react|lib[\\/]next-task)\.ts$/,
            },
            {
              name: "router",
              priority: 2,
              // Not useQueries and its observer: only the lazy pages that read files in pieces
              // use them, and in this group they cost every page 0.9 kB gzip.
              test: /node_modules[\\/](react-router|@tanstack[\\/](query-core|react-query))[\\/](?!.*[\\/](useQueries|queriesObserver)\.js$)|src[\\/]app[\\/]stages[\\/]router\.ts$/,
            },
            // The app's stage, with everything it imports (the group's default): left to the
            // bundler, the parts it shares with lazy pages (the data schema, the import
            // store) became three more files of their own, each loaded at every start.
            { name: "start-app", priority: 1, test: /src[\\/]app[\\/]start-app\.tsx$/ },
          ],
        },
      },
    },
  },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "bench/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    setupFiles: ["src/test/setup.ts"],
    // A time limit catches a hang, not slowness: the jsdom renders and the map and
    // cache tests take 0.5 s on an idle machine and over 5 s (Vitest's default
    // limit) on two cores shared with a browser suite.
    testTimeout: 30_000,
  },
});
