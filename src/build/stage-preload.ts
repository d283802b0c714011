/**
 * Preloads the app's start-up stages with the page. The entry (src/app/main.tsx)
 * imports React, the router, TanStack Query and the app one after another, so
 * that each is evaluated in its own task. Vite preloads only an entry's static
 * imports; without this, each stage would be requested only when the one
 * before it had run, one round trip after another on a slow connection.
 * `modulepreload` fetches and compiles a module without running it.
 *
 * Only the entry's own dynamic imports and what they import statically are
 * listed: routes, search and import code stay on demand.
 */
import type { Plugin } from "vite";

interface ChunkLike {
  type: "chunk";
  fileName: string;
  imports: string[];
  dynamicImports: string[];
}
type Bundle = Record<string, ChunkLike | { type: "asset" }>;

/** The files the entry's stages need, in the order they are first reached. */
export function stageFiles(entry: ChunkLike, bundle: Bundle): string[] {
  const files = new Set<string>();
  const visit = (fileName: string) => {
    if (files.has(fileName) || fileName === entry.fileName || entry.imports.includes(fileName)) return;
    const chunk = bundle[fileName];
    if (!chunk || chunk.type !== "chunk") return;
    files.add(fileName);
    chunk.imports.forEach(visit);
  };
  entry.dynamicImports.forEach(visit);
  return [...files];
}

export function stagePreloadPlugin(): Plugin {
  let base = "/";
  return {
    name: "bulletin-reader:stage-preload",
    apply: "build",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        if (!ctx.chunk || !ctx.bundle) return;
        return stageFiles(ctx.chunk as ChunkLike, ctx.bundle as Bundle).map((file) => ({
          tag: "link",
          attrs: { rel: "modulepreload", crossorigin: true, href: `${base}${file}` },
          injectTo: "head",
        }));
      },
    },
  };
}
