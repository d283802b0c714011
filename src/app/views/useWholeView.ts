/**
 * A view's whole data file, fetched only when it is needed (src/views/head.ts
 * says why): at once when the URL filters the view or there are imported
 * bulletins, else once the reader reaches for a filter, scrolls past the
 * first rows or exports. Until then the view shows its head.
 */
import { useQuery, type QueryKey, type UseQueryOptions } from "@tanstack/react-query";
import { useCallback, useState } from "react";

export function useWholeView<T, K extends QueryKey>(options: UseQueryOptions<T, Error, T, K>, neededNow: boolean) {
  const [wanted, setWanted] = useState(false);
  const enabled = wanted || neededNow;
  const query = useQuery({ ...options, enabled });
  const want = useCallback(() => setWanted(true), []);
  return { data: query.data, loading: enabled && query.isPending, error: query.error, want };
}
