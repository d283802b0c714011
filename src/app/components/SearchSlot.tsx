/**
 * ── SEARCH SLOT ── The search box (src/app/search/SearchBox.tsx), loaded
 * when the reader reaches for it (points at it, focuses it, presses `/`);
 * until then, a plain GET form to /search that works without JavaScript. The
 * `/` shortcut focuses `input[type=search]` in the header.
 *
 * The prerendered page and the render that hydrates it show the plain form.
 * It stays the same element until the box replaces it, once: whatever the
 * reader typed or focused in it is handed over (`earlyInput`). (Suspense with
 * a lazy box would swap in a second plain form while loading, and a keystroke
 * landing during that swap was lost.)
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ComponentType } from "react";
import { earlyInput } from "../search/early-input.ts";

export function SearchSlot() {
  const [Box, setBox] = useState<ComponentType | null>(null);
  const wanted = useRef(false);
  const live = useRef(true);
  useEffect(
    () => () => {
      live.current = false;
    },
    [],
  );
  const load = useCallback(() => {
    if (wanted.current) return;
    wanted.current = true;
    import("../search/SearchBox.tsx").then(
      (m) => {
        if (live.current) setBox(() => m.SearchBox);
      },
      () => {
        wanted.current = false; // its code could not be fetched (offline, a newer build): the plain form still searches
      },
    );
  }, []);
  return Box ? <Box /> : <PlainSearchForm onIntent={load} />;
}

function PlainSearchForm({ onIntent }: { onIntent: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Typed into the prerendered page before the app took it over: keep it.
    const el = input.current;
    if (el?.value) earlyInput.query = el.value;
    if (el && document.activeElement === el) {
      earlyInput.focused = true;
      onIntent();
    }
  }, [onIntent]);
  // Removed while focused (the box is replacing it): say so before the box mounts, which runs after this.
  useLayoutEffect(
    () => () => {
      if (input.current && document.activeElement === input.current) earlyInput.focused = true;
    },
    [],
  );
  return (
    <form role="search" action="/search" method="get" className="flex items-center" onPointerEnter={onIntent}>
      <label htmlFor="site-search" className="sr-only">
        Search
      </label>
      <input
        ref={input}
        id="site-search"
        type="search"
        name="q"
        onFocus={() => {
          earlyInput.focused = true;
          onIntent();
        }}
        onBlur={(e) => {
          // Not the blur of being removed for the box: that focus is handed over.
          if (e.currentTarget.isConnected) earlyInput.focused = false;
        }}
        onChange={(e) => (earlyInput.query = e.target.value)}
        placeholder="Search…  ( / )"
        className="w-40 rounded-md border border-stone-300 bg-white px-2.5 py-1 text-sm sm:w-56 dark:border-stone-600 dark:bg-stone-900"
      />
    </form>
  );
}
