/**
 * The pieces of a long list a page needs now: a view's rows
 * (src/views/pieces.ts), a person's or place's quotes and articles
 * (src/search/page-data.ts). Paging through them: none at first (the page's
 * first items stand in), then one more each time the reader scrolls to the
 * end of the list. A view's filter, a sort other than the default, or
 * imported bulletins need their pieces at once: `needed` names them (for a
 * filter, those the view's head says could hold a match).
 */
import { useQueries, useQueryClient, type UseQueryOptions } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";

export interface ViewPieces<P> {
  /**
   * Paging: the pieces read so far, in order (none yet: an empty list).
   * Needed: every needed piece, once all are here; null until then.
   */
  pieces: P[] | null;
  /** Every piece the view needs is here: paging, the last piece; else, every needed one. */
  complete: boolean;
  loading: boolean;
  error: Error | null;
  /** Paging: read one more piece. */
  more: () => void;
  /** These pieces (indexes into the head's list), from the cache or fetched now: what export needs. */
  fetch: (indexes: readonly number[]) => Promise<P[]>;
}

export function usePieces<P>(files: readonly string[], query: (file: string) => UseQueryOptions<P, Error, P, any>, needed: readonly number[] | null): ViewPieces<P> {
  const queryClient = useQueryClient();
  const [paged, setPaged] = useState(0);
  const indexes = useMemo(() => needed ?? files.slice(0, paged).map((_, i) => i), [needed, files, paged]);
  const combine = useCallback(
    (results: ReadonlyArray<{ data: P | undefined; error: Error | null; isPending: boolean }>) => {
      const error = results.find((r) => r.error)?.error ?? null;
      const loading = results.some((r) => r.isPending && !r.error);
      let pieces: P[] | null;
      if (needed) pieces = results.every((r) => r.data !== undefined) ? results.map((r) => r.data as P) : null;
      else {
        // The longest run of pieces read from the first: a later one may arrive before an earlier.
        const run: P[] = [];
        for (const r of results) {
          if (r.data === undefined) break;
          run.push(r.data);
        }
        pieces = run;
      }
      return { pieces, error, loading };
    },
    [needed],
  );
  const { pieces, error, loading } = useQueries({ queries: indexes.map((i) => query(files[i] as string)), combine });
  const complete = needed ? pieces !== null : pieces !== null && pieces.length === files.length;
  const more = useCallback(() => setPaged((n) => Math.min(files.length, Math.max(n, (pieces?.length ?? 0) + 1))), [files.length, pieces]);
  const fetch = useCallback((want: readonly number[]) => Promise.all(want.map((i) => queryClient.fetchQuery(query(files[i] as string)))), [queryClient, query, files]);
  return { pieces, complete, loading, error, more, fetch };
}

/** A list whose first items a page holds, and the rest in pieces (`files`), read as the reader scrolls. */
export function usePagedList<T>(first: readonly T[], files: readonly string[], query: (file: string) => UseQueryOptions<T[], Error, T[], any>) {
  const got = usePieces(files, query, null);
  const items = useMemo(() => [...first, ...(got.pieces ?? []).flat()], [first, got.pieces]);
  return { items, complete: got.complete, loading: got.loading, error: got.error, more: got.more };
}
