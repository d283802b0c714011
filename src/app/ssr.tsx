/**
 * The app rendered to HTML at build time, for the prerendered pages
 * (src/site-generator/prerender/). The same routes, loaders and components as in the
 * browser, so the HTML is exactly what the app's first render produces and
 * the app hydrates it (src/app/main.tsx) instead of painting the page again.
 *
 * Runs in Node inside the build; the data files are read from the build's
 * output through `setDataSource`.
 */
import { QueryClientProvider } from "@tanstack/react-query";
import { renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import { createQueryClient } from "./data/query-client.ts";
import { observeReads, setDataSource } from "./data/data-source.ts";
import { PageReads } from "./ssr-reads.ts";
import { appRoutes } from "./router.tsx";

export { setDataSource };

export interface RenderedPage {
  /** The markup that goes inside `<div id="root">`. */
  html: string;
  /** 200, or the status the route answered with (404 for an unknown id). */
  status: number;
  /** The data files the page was made from (URLs as the app asks for them), sorted. */
  dataFiles: string[];
}

/** Any origin will do: routes only read the path. */
const ORIGIN = "http://prerender.invalid";

export interface PageRenderer {
  render(path: string): Promise<RenderedPage>;
  /** Drops the cached data and its timers (they would keep the build's process alive for their whole lifetime). */
  dispose(): void;
}

/**
 * A renderer for many pages in a row. They share one query client, so each
 * data file is read, parsed and validated once for the whole site rather than
 * once per page (the archive index alone is megabytes at 1,000 bulletins).
 */
export function createPageRenderer(): PageRenderer {
  const reads = new PageReads();
  const stopObserving = observeReads(reads.onRead);
  const queryClient = createQueryClient(reads.queryCache);
  const handler = createStaticHandler(appRoutes(queryClient));
  const markup = async (path: string) => {
    const context = await handler.query(new Request(new URL(path, ORIGIN)));
    if (context instanceof Response) throw new Error(`prerender: ${path} answered with a redirect (${context.status})`);
    const router = createStaticRouter(handler.dataRoutes, context);
    const html = renderToString(
      <QueryClientProvider client={queryClient}>
        {/* hydrate={false}: no inline state script (the CSP forbids inline scripts); the app loads its data itself. */}
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </QueryClientProvider>,
    );
    return { html, status: context.statusCode };
  };
  const render = async (path: string): Promise<RenderedPage> => {
    reads.startPage();
    try {
      const page = await markup(path);
      return { ...page, dataFiles: reads.endPage() };
    } catch (error) {
      reads.endPage();
      throw error;
    }
  };
  const dispose = () => {
    queryClient.clear();
    stopObserving();
  };
  return { render, dispose };
}

/** One page, with data of its own. */
export async function renderPage(path: string): Promise<RenderedPage> {
  const renderer = createPageRenderer();
  try {
    return await renderer.render(path);
  } finally {
    renderer.dispose();
  }
}
