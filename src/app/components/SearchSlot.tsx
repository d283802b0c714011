/**
 * ── SEARCH SLOT ── The search box (src/app/search/SearchBox.tsx), loaded
 * lazily; until it arrives, a plain GET form to /search that works without
 * JavaScript. The `/` shortcut focuses `input[type=search]` in the header.
 *
 * The prerendered page and the render that hydrates it show the plain form
 * alone: a lazy component there would leave a boundary the server could not
 * finish, which React re-renders and reports. The box is asked for once hydrated.
 */
import { lazy, Suspense, useEffect, useRef } from "react";
import { useClientValue } from "../hooks/useClientValue.ts";
import { earlyInput } from "../search/early-input.ts";

const SearchBox = lazy(() => import("../search/SearchBox.tsx").then((m) => ({ default: m.SearchBox })));

export function SearchSlot() {
  const hydrated = useClientValue(() => true, false);
  return <Suspense fallback={<PlainSearchForm />}>{hydrated ? <SearchBox /> : <PlainSearchForm />}</Suspense>;
}

function PlainSearchForm() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Typed into the prerendered page before the app took it over: keep it.
    const el = input.current;
    if (el?.value) earlyInput.query = el.value;
    if (el && document.activeElement === el) earlyInput.focused = true;
  }, []);
  return (
    <form role="search" action="/search" method="get" className="flex items-center">
      <label htmlFor="site-search" className="sr-only">
        Search
      </label>
      <input
        ref={input}
        id="site-search"
        type="search"
        name="q"
        defaultValue={earlyInput.query}
        // Keeps the focus of the form this one replaces, when the reader was already in it.
        autoFocus={earlyInput.focused}
        onFocus={() => (earlyInput.focused = true)}
        onBlur={() => (earlyInput.focused = false)}
        onChange={(e) => (earlyInput.query = e.target.value)}
        placeholder="Search…  ( / )"
        className="w-40 rounded-md border border-stone-300 bg-white px-2.5 py-1 text-sm sm:w-56 dark:border-stone-600 dark:bg-stone-900"
      />
    </form>
  );
}
