/**
 * Runs a query through the (lazily loaded) search client, with the hits from
 * bulletins imported in this browser merged in; the latest query wins.
 */
import { useEffect, useRef, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import type { SearchResults } from "../../search/query.ts";
import { importedSearchQuery } from "./imported-search.ts";
import { getSearchClient } from "./search-client.ts";

export type SearchState =
  | { status: "idle" }
  | { status: "loading"; query: string }
  | { status: "done"; results: SearchResults }
  | { status: "error"; message: string };

export function useSearch(query: string, limit?: number, enabled = true): SearchState {
  const [state, setState] = useState<SearchState>({ status: "idle" });
  const seq = useRef(0);
  // A new import or a removal replaces `imported`, and the query runs again.
  const imported = useQuery({ ...importedSearchQuery(), enabled }).data ?? null;
  useEffect(() => {
    if (!enabled || !query.trim()) {
      setState({ status: "idle" });
      return;
    }
    const mine = ++seq.current;
    setState((s) => (s.status === "done" ? s : { status: "loading", query }));
    getSearchClient()
      .then((c) => c.search(query, limit))
      .then((results) => (imported ? imported.mergeInto(results, query, limit) : results))
      .then(
        (results) => mine === seq.current && setState({ status: "done", results }),
        (error: unknown) => mine === seq.current && setState({ status: "error", message: error instanceof Error ? error.message : String(error) }),
      );
  }, [query, limit, enabled, imported]);
  return state;
}
