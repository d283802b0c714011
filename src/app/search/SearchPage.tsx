/**
 * /search?q=…: every result, grouped. The query lives in the URL: a search can
 * be shared, and the back button returns to the previous query.
 */
import { useLayoutEffect, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useDocumentMeta } from "../hooks/useDocumentMeta.ts";
import { GROUP_LABELS, HitTitle, hitContext, hitHref } from "./result-view.tsx";
import { useSearch } from "./useSearch.ts";

/** Hits per group on the full page. */
export const PAGE_GROUP_LIMIT = 25;

export function Component() {
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const [draft, setDraft] = useState(q);
  // A new query in the URL (Back, a link) replaces the draft; adjusted while
  // rendering, not in an effect, which also ran on mount and undid the layout
  // effect's text below.
  const [draftOf, setDraftOf] = useState(q);
  if (draftOf !== q) {
    setDraftOf(q);
    setDraft(q);
  }
  // Typed into the prerendered field before the app took the page over: the
  // app's first render of the field would put the URL's query back in it.
  const field = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const typed = field.current?.value;
    if (typed !== undefined && typed !== q) setDraft(typed);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useDocumentMeta(q ? `“${q}” – Search` : "Search", "Search every person, place, quote and article in the archive.");
  const state = useSearch(q, PAGE_GROUP_LIMIT);
  const results = state.status === "done" && state.results.query === q ? state.results : null;

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">Search</h1>
      {/* action and name: without the app (or before it starts) the form still searches. */}
      <form
        action="/search"
        className="mt-4 flex gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          setParams(draft.trim() ? { q: draft.trim() } : {});
        }}
      >
        <label htmlFor="search-page-input" className="sr-only">
          Search the archive
        </label>
        <input
          ref={field}
          id="search-page-input"
          type="search"
          name="q"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900"
        />
        <button type="submit" className="rounded-md bg-stone-800 px-4 py-2 font-semibold text-white dark:bg-stone-200 dark:text-stone-900">
          Search
        </button>
      </form>
      <div role="status" aria-live="polite" className="mt-6">
        {!q && <p>Type a name, a place or words from a quote.</p>}
        {q && state.status === "error" && <p>Search is not available right now: {state.message}</p>}
        {q && !results && state.status !== "error" && <p>Searching…</p>}
        {results && results.total === 0 && (
          <p>
            Nothing in the archive matches “{q}”. Try another spelling, fewer words, or a surname alone.
          </p>
        )}
        {results && results.total > 0 && <p className="text-stone-600 dark:text-stone-400">{results.total} results for “{q}”</p>}
      </div>
      {results?.groups
        .filter((g) => g.hits.length > 0)
        .map((g) => (
          <section key={g.kind} aria-labelledby={`results-${g.kind}`} className="mt-8">
            <h2 id={`results-${g.kind}`} className="text-sm font-semibold uppercase tracking-wider text-stone-600 dark:text-stone-400">
              {GROUP_LABELS[g.kind]}
            </h2>
            <ul className="mt-2 divide-y divide-stone-200 dark:divide-stone-800">
              {g.hits.map((hit) => (
                <li key={hit.record.id} className="py-3">
                  <Link to={hitHref(hit.record, q)} className={`block hover:underline ${hit.record.kind === "quote" ? "font-serif" : "font-semibold"}`}>
                    <HitTitle record={hit.record} query={q} />
                  </Link>
                  <p className="text-sm text-stone-600 dark:text-stone-400">{hitContext(hit.record)}</p>
                </li>
              ))}
            </ul>
            {g.more && <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">More {GROUP_LABELS[g.kind].toLowerCase()} match; add a word to narrow the search.</p>}
          </section>
        ))}
    </div>
  );
}
