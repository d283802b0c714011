/**
 * Where the app's data files come from: the network in the browser. The
 * build's prerender (src/app/ssr.tsx) points it at the output folder, so the
 * pages it writes are rendered from the same files, through the same checks,
 * as the browser will fetch.
 */
type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

let source: Fetch = (url, init) => fetch(url, init);

export const fetchData: Fetch = (url, init) => source(url, init);

export function setDataSource(next: Fetch): void {
  source = next;
}
