/**
 * React Router's <ScrollRestoration>, made for prerendered pages: the app never
 * moves the page it has just taken over, and it tells apart the history entries
 * it did not make itself.
 *
 * - The first location is left where the browser and the reader put it. By the
 *   time the app starts, the browser has already scrolled the page (its own
 *   scroll restoration on a reload or Back, the fragment of a deep link), and
 *   the reader may have scrolled, or followed a link within the page (a figure
 *   in the Statistics panel). React Router, which expects an empty page to fill,
 *   restored the position it had saved last, or scrolled to the top: the reader
 *   who chose a figure in the first moment on a repeat visit was taken back to
 *   the top (e2e/before-start.spec.ts). Until the first navigation of its own,
 *   the router's state is passed on with `restoreScrollPosition: false`, as
 *   React Router does when it hydrates with server data.
 * - Entries the router did not make (the page as loaded, a fragment followed
 *   before or outside the router) all have the key "default", in every page
 *   loaded in the tab; positions saved under it were another page's. They are
 *   keyed by this page load and the fragment instead.
 */
import { useContext, useRef } from "react";
import { ScrollRestoration, UNSAFE_DataRouterStateContext as DataRouterStateContext, type Location } from "react-router";

/** Tells this page load's entries from another's (a reload is another load: the browser restores its position). */
const PAGE_LOAD = typeof performance === "undefined" ? "" : String(Math.round(performance.timeOrigin));

export function scrollKey(location: Location): string {
  return location.key === "default" ? `load-${PAGE_LOAD}${location.hash}` : location.key;
}

export function PageScrollRestoration() {
  const state = useContext(DataRouterStateContext);
  const first = useRef(state?.location);
  const value = state && state.location === first.current ? { ...state, restoreScrollPosition: false as const } : state;
  return (
    <DataRouterStateContext.Provider value={value}>
      <ScrollRestoration getKey={scrollKey} />
    </DataRouterStateContext.Provider>
  );
}
