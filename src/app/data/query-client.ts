import { QueryClient, type QueryCache } from "@tanstack/react-query";
import { isDataError } from "./errors.ts";

/**
 * Data files change only with a new build (or an edited .txt in dev, which
 * sends an event). `queryCache`: the prerender's, which notes the data each
 * page uses (src/app/ssr-reads.ts).
 */
export function createQueryClient(queryCache?: QueryCache): QueryClient {
  return new QueryClient({
    ...(queryCache ? { queryCache } : {}),
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 30 * 60 * 1000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => (!isDataError(error) || error.retryable) && failureCount < 2,
      },
    },
  });
}
