/**
 * The app rendered to HTML at build time, for the prerendered pages
 * (src/site-generator/prerender/). The same routes, loaders and components as in the
 * browser, so the HTML is exactly what the app's first render produces and
 * the app hydrates it (src/app/main.tsx) instead of painting the page again.
 *
 * Runs in Node inside the build; the data files are read from the build's
 * output through `setDataSource`.
 */
import { hashKey, QueryClientProvider, type QueryKey } from "@tanstack/react-query";
import { renderToString } from "react-dom/server";
import type { ReactNode } from "react";
import {
  createStaticHandler,
  createStaticRouter,
  matchPath,
  Outlet,
  StaticRouterProvider,
  type StaticHandlerContext,
} from "react-router";
import { SCHEMA_VERSION } from "../parser/model/version.ts";
import { personFile, placeFile } from "../search/data-paths.ts";
import { createQueryClient } from "./data/query-client.ts";
import { observeReads, setDataSource } from "./data/data-source.ts";
import { bulletinQuery, bulletinUrl } from "./data/queries.ts";
import { builtPageUrl, personQuery, placeQuery } from "./search/page-data-client.ts";
import { builtPageFiles } from "./search/built-page-files.ts";
import { Layout } from "./components/Layout.tsx";
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
  /** The route's pattern when the page's data was given to the render (`ReadData`) rather than fetched by its loader. */
  given?: string;
  /** The routes matched (their ids) when the page's own markup was spliced into a layout rendered once for them (`spliceLayout`). */
  spliced?: string;
}

export interface RenderOptions {
  /**
   * Render the layout (header, footer, dialogs: most of a small page's
   * markup) once per set of matched routes, with a mark where the page goes,
   * and only the page itself each time, spliced in. The layout depends on
   * the route matched (the header's current section) and never on the page's
   * data. The first page of each set of routes is rendered whole as well, and
   * where the two differ (a page using `useId`, whose ids depend on the whole
   * tree: the import page's drop zone) those routes are always rendered
   * whole; the prerender checks now and then that a spliced page is still the
   * whole render's (src/site-generator/prerender/app-renderer.ts).
   */
  spliceLayout?: boolean;
}

/**
 * A data file's content as the build wrote it (parsed JSON), or undefined
 * when there is none: the prerender hands the page its data (`pageData`)
 * instead of having the route's loader fetch it, read it as text, parse it
 * and check it against its schema, as the browser must.
 */
export type ReadData = (url: string) => unknown;

/** A query's data given to the render, and the files it was made from. */
interface GivenData {
  route: string;
  queryKey: QueryKey;
  data: unknown;
  files: string[];
}

/** Routes whose one query can be given: their loader only ensures it (src/app/router.tsx). */
const BULLETIN_ROUTES = ["/bulletins/:bulletinId", "/bulletins/:bulletinId/articles/:slug", "/quotes/:bulletinId/:slug/:quoteId"];
const PERSON_ROUTE = "/people/:personId";
const PLACE_ROUTE = "/places/:placeId";

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;

/** A person's or place's file, its redirect followed once as the app does (page-data-client.ts); null for anything the app would not show as is. */
const builtPage = (file: (id: string) => string, id: string, read: ReadData) => builtPageFiles((key) => builtPageUrl(file, key), id, read);

/**
 * The data the page's loader would fetch, read through `read`, or null: the
 * page is then rendered the whole way (its loader fetches and checks, and any
 * error is the app's own). Data of another version is never given.
 */
function pageData(path: string, read: ReadData): GivenData | null {
  for (const route of BULLETIN_ROUTES) {
    const id = matchPath(route, path)?.params.bulletinId;
    if (id === undefined) continue;
    const url = bulletinUrl(id);
    const data = read(url);
    return isRecord(data) && data.schemaVersion === SCHEMA_VERSION ? { route, queryKey: bulletinQuery(id).queryKey, data, files: [url] } : null;
  }
  const person = matchPath(PERSON_ROUTE, path)?.params.personId;
  if (person !== undefined) {
    const page = builtPage(personFile, person, read);
    return page && { route: PERSON_ROUTE, queryKey: personQuery(person).queryKey, ...page };
  }
  const place = matchPath(PLACE_ROUTE, path)?.params.placeId;
  if (place !== undefined) {
    const page = builtPage(placeFile, place, read);
    return page && { route: PLACE_ROUTE, queryKey: placeQuery(place).queryKey, ...page };
  }
  return null;
}

/** Any origin will do: routes only read the path. */
const ORIGIN = "http://prerender.invalid";

/**
 * Stands in the layout's <main> while it is rendered on its own: text no
 * component writes, and that React writes as is (no character to escape).
 */
export const PAGE_MARK = "prerender-page-content-b4c1e9";

/** The layout's markup either side of where the page goes. */
interface LayoutShell {
  before: string;
  after: string;
}

/** The route table with the layout's element replaced (routes' ids are their place in the table, so the handler's context still fits). */
function withRootElement(routes: StaticHandlerContext["matches"][number]["route"][], element: ReactNode) {
  return routes.map((route, index) => (index === 0 ? { ...route, element } : route));
}

export interface PageRenderer {
  /**
   * With `read`, a bulletin, article, quote, person or place page is given
   * its data (`ReadData`); its loader then finds it in the query client, and
   * the render is the same as without (the prerender compares the two now
   * and then). The data is dropped after the page: each is used by few pages.
   */
  render(path: string, read?: ReadData, options?: RenderOptions): Promise<RenderedPage>;
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
  const renderRoutes = (routes: typeof handler.dataRoutes, context: StaticHandlerContext) =>
    renderToString(
      <QueryClientProvider client={queryClient}>
        {/* hydrate={false}: no inline state script (the CSP forbids inline scripts); the app loads its data itself. */}
        <StaticRouterProvider router={createStaticRouter(routes, context)} context={context} hydrate={false} />
      </QueryClientProvider>,
    );
  /** By matched routes: the layout split where the page goes, or null for routes whose pages are rendered whole. */
  const shells = new Map<string, LayoutShell | null>();
  /** The layout for these matched routes with the mark where the page goes, split there; null if the mark is not found once. */
  const shellFor = (key: string, context: StaticHandlerContext): LayoutShell | null => {
    if (!shells.has(key)) {
      const html = renderRoutes(withRootElement(handler.dataRoutes, <Layout main={PAGE_MARK} />), context);
      const at = html.indexOf(PAGE_MARK);
      shells.set(key, at < 0 || html.includes(PAGE_MARK, at + 1) ? null : { before: html.slice(0, at), after: html.slice(at + PAGE_MARK.length) });
    }
    return shells.get(key)!;
  };
  /** Only what the route's page renders inside the layout's <main>. */
  const pageOnly = withRootElement(handler.dataRoutes, <Outlet />);
  const markup = async (path: string, options: RenderOptions): Promise<{ html: string; status: number; spliced?: string }> => {
    const context = await handler.query(new Request(new URL(path, ORIGIN)));
    if (context instanceof Response) throw new Error(`prerender: ${path} answered with a redirect (${context.status})`);
    // A page that failed renders its error inside the layout: rendered whole, as there are few.
    if (options.spliceLayout && context.errors === null) {
      const key = context.matches.map((match) => match.route.id).join(" ");
      const first = !shells.has(key);
      const shell = shellFor(key, context);
      if (shell) {
        const html = shell.before + renderRoutes(pageOnly, context) + shell.after;
        if (!first) return { html, status: context.statusCode, spliced: key };
        const whole = renderRoutes(handler.dataRoutes, context);
        if (whole === html) return { html, status: context.statusCode, spliced: key };
        shells.set(key, null);
        return { html: whole, status: context.statusCode };
      }
    }
    return { html: renderRoutes(handler.dataRoutes, context), status: context.statusCode };
  };
  const queries = queryClient.getQueryCache();
  /**
   * After a page given its data: that data, and every query the page made
   * (its lists' later pieces, never fetched here), leave the cache, looked
   * up by hash: a filter (`removeQueries`) hashes every query in the cache,
   * and with one left per page that was quadratic (7 s of each render worker
   * at 1,000 bulletins). Tens of thousands of pages would otherwise each
   * leave their data behind.
   */
  const dropGiven = (given: GivenData) => {
    for (const query of reads.createdThisPage()) queries.remove(query as Parameters<typeof queries.remove>[0]);
    const seeded = queries.get(hashKey(given.queryKey));
    if (seeded) queries.remove(seeded);
  };
  const render = async (path: string, read?: ReadData, options: RenderOptions = {}): Promise<RenderedPage> => {
    const given = read ? pageData(path, read) : null;
    reads.startPage();
    try {
      if (given) queryClient.setQueryData(given.queryKey, given.data);
      const page = await markup(path, options);
      if (given) dropGiven(given);
      const files = reads.endPage();
      if (!given) return { ...page, dataFiles: files };
      return { ...page, dataFiles: [...new Set([...files, ...given.files])].sort(), given: given.route };
    } catch (error) {
      if (given) dropGiven(given);
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
