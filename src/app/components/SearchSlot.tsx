/**
 * ── SEARCH SLOT ── The search box (src/app/search/SearchBox.tsx), loaded
 * lazily; until it arrives, a plain GET form to /search that works without
 * JavaScript. The `/` shortcut focuses `input[type=search]` in the header.
 */
import { lazy, Suspense } from "react";

const SearchBox = lazy(() => import("../search/SearchBox.tsx").then((m) => ({ default: m.SearchBox })));

/** What the reader did in the plain form before the real box arrived, handed over to it. */
const early = { query: "", focused: false };

export function SearchSlot() {
  return (
    <Suspense fallback={<PlainSearchForm />}>
      <SearchBox initialQuery={early.query} autoFocus={early.focused} />
    </Suspense>
  );
}

function PlainSearchForm() {
  return (
    <form role="search" action="/search" method="get" className="flex items-center">
      <label htmlFor="site-search" className="sr-only">
        Search
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        onFocus={() => (early.focused = true)}
        onBlur={() => (early.focused = false)}
        onChange={(e) => (early.query = e.target.value)}
        placeholder="Search…  ( / )"
        className="w-40 rounded-md border border-stone-300 bg-white px-2.5 py-1 text-sm sm:w-56 dark:border-stone-600 dark:bg-stone-900"
      />
    </form>
  );
}
