/// <reference types="vitest/config" />
import { defineConfig, runnerImport } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { bulletinsPlugin } from "./src/build/bulletins-plugin.ts";
import type { ParseFn } from "./src/build/bulletin-store.ts";
import { cspPlugin } from "./src/build/csp/csp-plugin.ts";
import { countBulletinFiles, withParseCache } from "./src/build/cache/index.ts";
import { feedEmitters } from "./src/build/feeds/index.ts";
import { offlinePlugin } from "./src/build/offline/index.ts";
import { prerenderPlugin, siteUrlFromEnv } from "./src/build/prerender/index.ts";
import { searchEmitter } from "./src/search/build/emit.ts";
import { stagePreloadPlugin } from "./src/build/stage-preload.ts";

// BULLETINS_DIR: another folder of .txt bulletins (the benchmark's synthetic archive).
const bulletinsDir = process.env.BULLETINS_DIR || "bulletins";
// SITE_URL: the deployed origin, for canonical URLs, link previews and the feed (src/build/prerender/site.ts).
const siteUrl = siteUrlFromEnv();
const prerender = prerenderPlugin({ siteUrl });

async function loadParser(): Promise<ParseFn> {
  // The throwing variant: a file that is not a bulletin at all is reported and skipped.
  const { module } = await runnerImport<typeof import("./src/parser/index.ts")>("./src/parser/index.ts");
  // The full GeoNames subset for place coordinates (the in-browser parser gets a compact one).
  const { module: geo } = await runnerImport<typeof import("./src/gazetteer/node.ts")>("./src/gazetteer/node.ts");
  const gazetteer = geo.loadNodeGazetteer();
  const parse: ParseFn = (text, options) => module.parseBulletinOrThrow(text, { ...options, gazetteer });
  // Cached by content hash and parser version, with progress and a summary (src/build/cache).
  return withParseCache(parse, { root: process.cwd(), total: countBulletinFiles(bulletinsDir) });
}

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    stagePreloadPlugin(), // build only: the entry's start-up stages load with the page
    cspPlugin(), // build only: Content-Security-Policy <meta> and dist/_headers
    // Not under Vitest: unit tests need no data, and should not parse the archive.
    ...(process.env.VITEST
      ? []
      : [
          bulletinsPlugin({
            dir: bulletinsDir,
            loadParser,
            // Other outputs (search index, feeds) register here as emitters.
            emitters: [...feedEmitters({ siteUrl }), prerender.collect, searchEmitter],
          }),
          prerender,
          ...offlinePlugin(),
        ]),
  ],
  build: {
    // The entry preloads its own start-up stages (src/build/stage-preload.ts). Vite's
    // helper, which adds preload tags for each lazy route's files as it is imported, cost
    // the start-up a task of its own; without it a route's few small shared files load
    // as the route's own imports.
    modulePreload: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // One file per start-up stage (src/app/main.tsx): fewer files to request and compile.
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]|src[\\/]app[\\/]stages[\\/]react\.ts$/ },
            {
              name: "router",
              test: /node_modules[\\/](react-router|@tanstack[\\/](query-core|react-query))[\\/]|src[\\/]app[\\/]stages[\\/]router\.ts$/,
            },
          ],
        },
      },
    },
  },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "bench/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    setupFiles: ["src/test/setup.ts"],
  },
});
