/**
 * On an article opened from search (`?q=` in its URL): every hit of the query
 * in the article's paragraphs is marked, and the reader can step through them
 * with Previous / Next buttons or the `p` / `n` keys (listened to by SearchHits).
 *
 * Marks use the CSS Custom Highlight API over the rendered text, so the
 * article's own markup (quotes, statistics, mentions) is left untouched; hits
 * are found by the same folding as the search (findHits).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { findHits } from "../../search/highlight.ts";
import "./search.css";

/** Paragraphs the hits are looked for in: the article page's body paragraphs. */
export const HIT_SCOPE_SELECTOR = "article p[id]";

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}
declare const Highlight: { new (...ranges: Range[]): unknown } | undefined;

function registry(): HighlightRegistry | null {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
  return css?.highlights && typeof Highlight !== "undefined" ? css.highlights : null;
}

/** DOM ranges of the query's hits in one element's text. */
function rangesIn(el: Element, query: string): Range[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const text = nodes.map((n) => n.data).join("");
  const out: Range[] = [];
  for (const [start, end] of findHits(text, query)) {
    const range = document.createRange();
    let at = 0;
    for (const n of nodes) {
      const len = n.data.length;
      if (start >= at && start <= at + len) range.setStart(n, start - at);
      if (end >= at && end <= at + len) {
        range.setEnd(n, end - at);
        break;
      }
      at += len;
    }
    out.push(range);
  }
  return out;
}

/**
 * Hits of `query` under `root`, in document order. Found in a layout effect, so
 * the render that has them is done before the page counts as started: an `n`
 * pressed before the app started, and pressed again by public/app-start.js once
 * it has, found no hits yet when they were found a moment later.
 */
export function useSearchHits(query: string, root: () => ParentNode | null, deps: unknown[] = []): Range[] {
  const [ranges, setRanges] = useState<Range[]>([]);
  useLayoutEffect(() => {
    const scope = root();
    if (!query.trim() || !scope) {
      setRanges([]);
      return;
    }
    setRanges([...scope.querySelectorAll(HIT_SCOPE_SELECTOR)].flatMap((el) => rangesIn(el, query)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, ...deps]);
  return ranges;
}

/** How SearchHits hands the `n` and `p` keys over: steps pressed before there were hits wait in `pending`. */
export interface HitSteps {
  move: ((delta: number) => void) | null;
  pending: number[];
}

export function HitNavigator({ steps }: { steps: HitSteps }) {
  const [params] = useSearchParams();
  const query = params.get("q") ?? "";
  const ranges = useSearchHits(query, () => document);
  const [current, setCurrent] = useState(-1);
  const announce = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const reg = registry();
    if (!reg) return;
    reg.set("search-hit", new Highlight!(...ranges));
    const cur = ranges[current];
    if (cur) reg.set("search-hit-current", new Highlight!(cur));
    else reg.delete("search-hit-current");
    return () => {
      reg.delete("search-hit");
      reg.delete("search-hit-current");
    };
  }, [ranges, current]);

  const move = useMemo(
    () => (delta: number) => {
      if (ranges.length === 0) return;
      setCurrent((c) => {
        const next = c < 0 ? (delta > 0 ? 0 : ranges.length - 1) : (c + delta + ranges.length) % ranges.length;
        const range = ranges[next];
        const el = range?.startContainer.parentElement;
        const reduced = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
        el?.scrollIntoView?.({ block: "center", behavior: reduced ? "auto" : "smooth" });
        return next;
      });
    },
    [ranges],
  );

  // The keys are SearchHits' (whose listener is there before this code has
  // loaded); those pressed meanwhile are done here as soon as there are hits.
  // In a layout effect, as the commit that shows the hit count: a listener
  // swapped in a passive effect still had the empty list's `move` for a moment
  // after "12 hits" showed, and `n` did nothing.
  useLayoutEffect(() => {
    if (ranges.length === 0) return;
    steps.move = move;
    for (const delta of steps.pending.splice(0)) move(delta);
    return () => {
      steps.move = null;
    };
  }, [steps, move, ranges.length]);

  if (!query.trim()) return null;
  return (
    <div
      role="region"
      aria-label="Search hits"
      className="no-print sticky top-2 z-10 my-4 flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm dark:border-amber-700 dark:bg-stone-900"
    >
      <p ref={announce} aria-live="polite" className="mr-auto">
        {ranges.length === 0
          ? `“${query}” does not occur in this article's text.`
          : current < 0
            ? `${ranges.length} ${ranges.length === 1 ? "hit" : "hits"} for “${query}”`
            : `Hit ${current + 1} of ${ranges.length} for “${query}”`}
      </p>
      <button type="button" onClick={() => move(-1)} disabled={ranges.length === 0} className="rounded border border-stone-300 px-2 py-0.5 dark:border-stone-600" aria-keyshortcuts="p">
        Previous hit
      </button>
      <button type="button" onClick={() => move(1)} disabled={ranges.length === 0} className="rounded border border-stone-300 px-2 py-0.5 dark:border-stone-600" aria-keyshortcuts="n">
        Next hit
      </button>
    </div>
  );
}
