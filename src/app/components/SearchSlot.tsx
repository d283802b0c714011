/**
 * ── SEARCH SLOT ── The search box (src/app/search/SearchBox.tsx), loaded
 * lazily; until it arrives, a plain GET form to /search that works without
 * JavaScript. The `/` shortcut focuses `input[type=search]` in the header.
 */
import { lazy, Suspense } from "react";
import { earlyInput } from "../search/early-input.ts";

const SearchBox = lazy(() => import("../search/SearchBox.tsx").then((m) => ({ default: m.SearchBox })));

export function SearchSlot() {
  return (
    <Suspense fallback={<PlainSearchForm />}>
      <SearchBox />
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
        onFocus={() => (earlyInput.focused = true)}
        onBlur={() => (earlyInput.focused = false)}
        onChange={(e) => (earlyInput.query = e.target.value)}
        placeholder="Search…  ( / )"
        className="w-40 rounded-md border border-stone-300 bg-white px-2.5 py-1 text-sm sm:w-56 dark:border-stone-600 dark:bg-stone-900"
      />
    </form>
  );
}
