/**
 * The header search box: results while typing, grouped People, Places,
 * Quotes, Articles, with the matched characters marked. Arrow keys move
 * through the results, Enter opens one (or the full results page), Escape
 * closes the list. The `/` shortcut (the header's) focuses it.
 */
import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { Link, useNavigate } from "react-router";
import { searchHref } from "../../search/links.ts";
import type { Hit } from "../../search/query.ts";
import { GROUP_LABELS, HitTitle, hitContext, hitHref } from "./result-view.tsx";
import { earlyInput } from "./early-input.ts";
import { useSearch } from "./useSearch.ts";

export function SearchBox() {
  // Whatever was typed into the plain form this box replaces carries over, focus included.
  const input = useRef<HTMLInputElement>(null);
  // Read at commit, not at render: the reader may reach the plain form (`/`) between the two.
  useLayoutEffect(() => {
    if (earlyInput.focused) input.current?.focus();
  }, []);
  const [query, setQuery] = useState(() => earlyInput.query);
  const [open, setOpen] = useState(() => earlyInput.focused && earlyInput.query.length > 0);
  const [active, setActive] = useState(-1);
  const navigate = useNavigate();
  const id = useId();
  const state = useSearch(query, undefined, open);
  // While the next keystroke's results are on their way, the last ones stay up (no flicker).
  const results = state.status === "done" ? state.results : null;
  const flat: Hit[] = useMemo(() => results?.groups.flatMap((g) => g.hits) ?? [], [results]);
  const optionId = (i: number) => `${id}-opt-${i}`;
  const showList = open && query.trim().length > 0;

  const go = (href: string) => {
    setOpen(false);
    setActive(-1);
    navigate(href);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
      if (flat.length === 0) return;
      const n = flat.length;
      setActive((a) => (e.key === "ArrowDown" ? (a + 1) % n : a <= 0 ? n - 1 : a - 1));
    } else if (e.key === "Enter") {
      e.preventDefault();
      const hit = flat[active];
      if (hit) go(hitHref(hit.record, query));
      else if (query.trim()) go(searchHref(query));
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else e.currentTarget.blur();
    }
  };

  let index = -1;
  return (
    <div className="relative" role="search">
      <label htmlFor={`${id}-input`} className="sr-only">
        Search
      </label>
      <input
        id={`${id}-input`}
        type="search"
        name="q"
        autoComplete="off"
        ref={input}
        placeholder="Search…  ( / )"
        value={query}
        aria-controls={showList ? `${id}-list` : undefined}
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-status`}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        className="w-40 rounded-md border border-stone-300 bg-white px-2.5 py-1 text-sm sm:w-64 dark:border-stone-600 dark:bg-stone-900"
      />
      <p id={`${id}-status`} className="sr-only" aria-live="polite">
        {showList && results ? (results.total ? `${results.total} results. Use the arrow keys to move through them.` : `No matches for ${query}.`) : ""}
      </p>
      {showList && (
        <div
          className="absolute right-0 z-30 mt-1 max-h-[70vh] w-[min(36rem,90vw)] overflow-y-auto rounded-md border border-stone-200 bg-white p-2 text-left text-sm shadow-lg dark:border-stone-700 dark:bg-stone-900"
          onMouseDown={(e) => e.preventDefault()}
        >
          <div id={`${id}-list`} role="listbox" aria-label="Search results">
          {state.status === "error" && <p className="p-2">Search is not available right now: {state.message}</p>}
          {!results && state.status !== "error" && <p className="p-2 text-stone-600 dark:text-stone-400">Searching…</p>}
          {results && results.total === 0 && (
            <p className="p-2">
              Nothing matches “{query}”. Try another spelling, fewer words, or a surname alone.
            </p>
          )}
          {results?.groups
            .filter((g) => g.hits.length > 0)
            .map((g) => (
              <div key={g.kind} role="group" aria-label={GROUP_LABELS[g.kind]} className="mb-2">
                <p className="px-2 pb-1 text-xs font-semibold uppercase tracking-wider text-stone-600 dark:text-stone-400" aria-hidden="true">
                  {GROUP_LABELS[g.kind]}
                </p>
                {g.hits.map((hit) => {
                  index++;
                  const i = index;
                  return (
                    <div
                      key={hit.record.id}
                      id={optionId(i)}
                      role="option"
                      aria-selected={i === active}
                      onClick={() => go(hitHref(hit.record, query))}
                      onMouseEnter={() => setActive(i)}
                      className={`cursor-pointer rounded px-2 py-1.5 ${i === active ? "bg-stone-100 dark:bg-stone-800" : ""}`}
                    >
                      <span className={`block ${hit.record.kind === "quote" ? "line-clamp-2 font-serif" : "font-medium"}`}>
                        <HitTitle record={hit.record} query={query} />
                      </span>
                      <span className="block text-xs text-stone-600 dark:text-stone-400">{hitContext(hit.record)}</span>
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
          {results && results.total > 0 && (
            <Link to={searchHref(query)} onClick={() => setOpen(false)} className="block px-2 py-1.5 text-accent underline dark:text-accent-dark">
              All results for “{query}”
            </Link>
          )}
        </div>
      )}
    </div>
  );
}
