/**
 * Which data files each prerendered page was made from, so that a rebuild
 * can reuse a page whose files have not changed (src/site-generator/prerender/page-cache.ts)
 * rather than render it again. Node only: used by src/app/ssr.tsx.
 *
 * The pages share one query client (each file is read and checked once per
 * build), so a page's files are not simply the files read while it renders:
 * most of its data is already in the client. Instead each query remembers
 * the files its fetch read, and each page the queries it used (looked up or
 * built in the cache, whether or not they fetched). A page's files are those
 * of its queries, plus any file read outside a query.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import {
  QueryCache,
  type DefaultError,
  type QueryClient,
  type QueryKey,
  type QueryOptions,
  type QueryState,
  type WithRequired,
} from "@tanstack/react-query";

/** What the tracker needs of a query (TanStack's `Query`, whatever its type parameters). */
export interface TrackedQuery {
  queryHash: string;
  fetch(...args: never[]): Promise<unknown>;
}

export class PageReads {
  /** The hashes of the queries whose fetch is running, innermost last (a query may fetch another). */
  private readonly fetching = new AsyncLocalStorage<readonly string[]>();
  private readonly filesOfQuery = new Map<string, Set<string>>();
  private readonly patched = new WeakSet<object>();
  private page: { queries: Set<string>; files: Set<string>; created: TrackedQuery[] } | null = null;
  readonly queryCache: QueryCache;

  constructor() {
    const reads = this; // the cache subclass reports to this tracker
    this.queryCache = new (class extends QueryCache {
      override build<TQueryFnData = unknown, TError = DefaultError, TData = TQueryFnData, TQueryKey extends QueryKey = QueryKey>(
        client: QueryClient,
        options: WithRequired<QueryOptions<TQueryFnData, TError, TData, TQueryKey>, "queryKey">,
        state?: QueryState<TData, TError>,
      ) {
        return reads.used(super.build(client, options, state));
      }
      override get<TQueryFnData = unknown, TError = DefaultError, TData = TQueryFnData, TQueryKey extends QueryKey = QueryKey>(queryHash: string) {
        const query = super.get<TQueryFnData, TError, TData, TQueryKey>(queryHash);
        return query && reads.used(query);
      }
    })() as QueryCache;
  }

  /** Credits a file read to the queries fetching it (for `observeReads`, src/app/data/data-source.ts). */
  readonly onRead = (url: string): void => {
    const fetching = this.fetching.getStore();
    if (fetching) for (const hash of fetching) this.filesOf(hash).add(url);
    else this.page?.files.add(url);
  };

  /** Starts a page: from here until `endPage`, queries used and files read are this page's. */
  startPage(): void {
    this.page = { queries: new Set(), files: new Set(), created: [] };
  }

  /** The queries made in the cache since the page started (a page whose data was given drops them after it). */
  createdThisPage(): readonly TrackedQuery[] {
    return this.page?.created ?? [];
  }

  /** The files the page was made from, sorted. */
  endPage(): string[] {
    const page = this.page;
    this.page = null;
    if (!page) return [];
    const files = new Set(page.files);
    for (const hash of page.queries) for (const file of this.filesOf(hash)) files.add(file);
    return [...files].sort();
  }

  private filesOf(hash: string): Set<string> {
    let files = this.filesOfQuery.get(hash);
    if (!files) this.filesOfQuery.set(hash, (files = new Set()));
    return files;
  }

  private used<Q extends TrackedQuery>(query: Q): Q {
    this.page?.queries.add(query.queryHash);
    // The first time a query is seen, its fetch is made to run in its own context, so
    // that the data source can tell which query a read is for (reads may overlap).
    if (!this.patched.has(query)) {
      this.patched.add(query); // every query is first seen as the cache makes it
      this.page?.created.push(query);
      const fetch = query.fetch.bind(query);
      query.fetch = ((...args: never[]) =>
        this.fetching.run([...(this.fetching.getStore() ?? []), query.queryHash], () => fetch(...args))) as Q["fetch"];
    }
    return query;
  }
}
