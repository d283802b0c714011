/**
 * Loads the app's server entry (src/app/ssr.tsx) in Node, inside the build, and
 * points its data layer at the files the build has just written. A small Vite
 * server in middleware mode compiles the app's TypeScript and JSX on demand;
 * it has no plugins of the project's own (no recursion into this build), and
 * stylesheets are left out (only markup is wanted).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createServer, type Plugin } from "vite";
import type { RenderRoute } from "./site-pages.ts";

const SSR_ENTRY = "/src/app/ssr.tsx";

const withoutStylesheets: Plugin = {
  name: "bulletin-reader:prerender-no-css",
  enforce: "pre",
  load: (id) => (/\.css(\?|$)/.test(id) ? "" : undefined),
};

export interface AppRenderer {
  render: RenderRoute;
  close(): Promise<void>;
}

export async function loadAppRenderer(root: string, outDir: string): Promise<AppRenderer> {
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
    app.setDataSource(async (url) => {
      const pathname = decodeURIComponent(new URL(url, "http://prerender.invalid").pathname);
      const file = path.join(outDir, pathname);
      // Only files inside the output folder: ids are checked before they reach a URL, but a page must never read outside it.
      if (path.relative(outDir, file).startsWith("..")) return new Response(null, { status: 404 });
      try {
        return new Response(await readFile(file), { headers: { "content-type": "application/json" } });
      } catch {
        return new Response(null, { status: 404 });
      }
    });
    const pages = app.createPageRenderer();
    return {
      render: pages.render,
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
