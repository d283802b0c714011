import { QueryClient } from "@tanstack/react-query";
import { isDataError } from "./errors.ts";

/** Data files change only with a new build (or an edited .txt in dev, which sends an event). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
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
