/**
 * A view's filters and sort, kept in the query string so a view can be
 * shared and reloaded as it was. Choosing from a list or pressing a button is
 * a step of its own in the history (Back undoes it); typing in a text filter
 * is one step per field visit, however many letters.
 *
 * The page the build prerendered was rendered without a query string, and the
 * render that adopts it must match it: until the app has hydrated, the view
 * shows the unfiltered state, and the URL's right after.
 */
import { useCallback, useEffect, useMemo, useRef } from "react";
import { useSearchParams } from "react-router";
import { useClientValue } from "../hooks/useClientValue.ts";

export type ViewParams<K extends string> = Partial<Record<K, string>>;
export type SetViewParams<K extends string> = (changes: Partial<Record<K, string | undefined>>, options?: { replace?: boolean }) => void;

export function useHydrated(): boolean {
  return useClientValue(() => true, false);
}

export function useViewParams<K extends string>(keys: readonly K[]): [ViewParams<K>, SetViewParams<K>] {
  const [search, setSearch] = useSearchParams();
  const hydrated = useHydrated();
  // The query strings asked for and not yet shown. A change of the URL is a navigation that
  // waits for the route's loader, and the router's own "previous" value is the last render's: a
  // second choice made in that time (From, then To, at once) would start from it and undo the
  // first. Each change starts from the last one asked for instead. Once one of them is on screen
  // (committed, not merely rendered) it and those before it are dropped; any other URL (Back, a
  // link) drops them all. Not in render: a navigation is a transition, and while its render waits
  // for data React renders the screen's older URL again for an urgent update (a field's blur, a
  // select's change), which would have dropped every pending change and lost the typed words.
  const pending = useRef<string[]>([]);
  const rendered = search.toString();
  useEffect(() => {
    const at = pending.current.indexOf(rendered);
    pending.current = at >= 0 ? pending.current.slice(at + 1) : [];
  }, [rendered]);
  const joined = keys.join(",");
  const values = useMemo(() => {
    const out: ViewParams<K> = {};
    if (!hydrated) return out;
    for (const k of joined.split(",") as K[]) {
      const v = search.get(k);
      if (v) out[k] = v;
    }
    return out;
  }, [search, hydrated, joined]);
  const set = useCallback<SetViewParams<K>>(
    (changes, options) => {
      const next = new URLSearchParams(pending.current.at(-1) ?? search);
      for (const [k, v] of Object.entries(changes) as Array<[string, string | undefined]>) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      pending.current.push(next.toString());
      setSearch(next, { replace: options?.replace ?? false, preventScrollReset: true });
    },
    [setSearch, search],
  );
  return [values, set];
}
