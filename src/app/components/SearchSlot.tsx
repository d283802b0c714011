/**
 * ── SEARCH SLOT ── The search box (src/app/search/SearchBox.tsx), loaded
 * once the app has taken the page over; until it arrives, a plain GET form to
 * /search that works without JavaScript. The `/` shortcut focuses
 * `input[type=search]` in the header.
 *
 * The prerendered page and the render that hydrates it show the plain form.
 * It stays the same element until the box replaces it, once: whatever the
 * reader typed or focused in it is handed over (`earlyInput`). (Suspense with
 * a lazy box would swap in a second plain form while loading, and a keystroke
 * landing during that swap was lost.)
 */
import { useEffect, useRef, useState, type ComponentType } from "react";
import { earlyInput } from "../search/early-input.ts";

export function SearchSlot() {
  const [Box, setBox] = useState<ComponentType | null>(null);
  useEffect(() => {
    let live = true;
    import("../search/SearchBox.tsx").then(
      (m) => {
        if (live) setBox(() => m.SearchBox);
      },
      () => {}, // its code could not be fetched (offline, a newer build): the plain form still searches
    );
    return () => {
      live = false;
    };
  }, []);
  return Box ? <Box /> : <PlainSearchForm />;
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
