/**
 * Where the app's data files come from: the network in the browser. The
 * build's prerender (src/app/ssr.tsx) points it at the output folder, so the
 * pages it writes are rendered from the same files, through the same checks,
 * as the browser will fetch.
 */
type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

let source: Fetch = (url, init) => fetch(url, init);

let onRead: ((url: string) => void) | null = null;

export const fetchData: Fetch = (url, init) => {
  onRead?.(url);
  return source(url, init);
};

export function setDataSource(next: Fetch): void {
  source = next;
}

/**
 * Tells `observer` of every file asked for, whatever the source, until the
 * returned function is called: the prerender notes which files each page was
 * made from (src/app/ssr-reads.ts).
 */
export function observeReads(observer: (url: string) => void): () => void {
  onRead = observer;
  return () => {
    if (onRead === observer) onRead = null;
  };
}
