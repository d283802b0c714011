/**
 * The archive's list of bulletins. A few dozen render plainly; a big archive
 * (the synthetic bench archive has 1,000 bulletins, tens of thousands of
 * nodes) is virtualised against the window, so the page still scrolls as a
 * page and only the bulletins near the viewport are in the DOM.
 *
 * The page may have only the archive's first bulletins (data/archive-head.json,
 * with every bulletin's article count for the list's height): a row past them
 * shows a placeholder of its estimated height and asks for the rest.
 *
 * The rows sit in the page's normal flow, between two spacers that stand for
 * the rows not rendered: each row takes its own height wherever it is shown.
 * (Placed absolutely at estimated offsets, the prerendered rows overlapped on
 * a phone, where a bulletin is taller than the estimate made at build time,
 * until the app had measured them; and measuring moved every row.)
 *
 * The build prerenders the first screen's rows (for a viewport it assumes),
 * and the app's first render, which adopts that page, renders the same rows
 * without the virtualiser; it is turned on once the page is the app's.
 */
import { useWindowVirtualizer, type VirtualItem } from "@tanstack/react-virtual";
import { memo, startTransition, useCallback, useEffect, useMemo, useRef, useState, type Key } from "react";
import { Link } from "react-router";
import type { ArchiveBulletin } from "../../site-generator/archive-index.ts";
import { articlePath, authorsLine, bulletinPath, formatDate, issueLabel } from "../lib/format.ts";

/** Below this many bulletins the list renders plainly: cheap enough, and every row is findable with the browser's find. */
export const VIRTUALISE_FROM = 60;

/**
 * Bulletins rendered beyond each edge of the viewport, so a fast scroll or Tab
 * lands on rendered rows. Few: a bulletin is a screen or two tall, and every
 * row rendered is work for the app's start (four made six rows on a phone).
 */
const OVERSCAN = 2;

// Estimates for a row's height before it is measured; only rows not yet seen use them.
const ROW_HEADER_PX = 76; // issue heading, date line and rule
const ARTICLE_PX = 190; // section, two-line headline, a summary of a few lines, byline
const ARTICLE_GAP_PX = 24; // gap-6
const ROW_GAP_PX = 48; // the plain list's space-y-12, as padding inside each virtual row
const TWO_COLUMNS_FROM_PX = 768; // Tailwind's md breakpoint, where articles sit in two columns

/** The viewport the build assumes for the first screen's rows (a prerendered page has none); also the fallback where the window reports none (jsdom). */
const INITIAL_VIEWPORT = { width: 1024, height: 900 };

export function shouldVirtualise(count: number): boolean {
  return count >= VIRTUALISE_FROM;
}

export function estimateRowHeight(articleCount: number, viewportWidth: number): number {
  const columns = viewportWidth >= TWO_COLUMNS_FROM_PX ? 2 : 1;
  const lines = Math.ceil(articleCount / columns);
  return ROW_HEADER_PX + 16 + lines * ARTICLE_PX + Math.max(0, lines - 1) * ARTICLE_GAP_PX + ROW_GAP_PX;
}

/** Memoised: the virtualiser re-renders the list whenever it measures a row or the window scrolls, and a bulletin's rows change only with it. */
export const BulletinEntry = memo(function BulletinEntry({ bulletin: b }: { bulletin: ArchiveBulletin }) {
  return (
    <section aria-labelledby={`b-${b.id}`}>
      <div className="border-b border-stone-300 pb-2 dark:border-stone-700">
        <h2 id={`b-${b.id}`} className="font-serif text-2xl font-semibold">
          <Link to={bulletinPath(b.id)} className="hover:underline">
            {issueLabel(b)}
          </Link>
        </h2>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          {formatDate(b.date) ?? "Date unknown"} · {b.articles.length} {b.articles.length === 1 ? "article" : "articles"}
          {b.warningCount > 0 && ` · ${b.warningCount} damage ${b.warningCount === 1 ? "note" : "notes"}`}
        </p>
      </div>
      <ul className="mt-4 grid gap-6 md:grid-cols-2">
        {b.articles.map((a) => (
          <li key={a.slug}>
            <article>
              {a.section && <p className="text-xs font-semibold uppercase tracking-wider text-accent dark:text-accent-dark">{a.section}</p>}
              <h3 className="font-serif text-xl font-semibold leading-snug">
                <Link to={articlePath(b.id, a.slug)} className="hover:underline">
                  {a.headline}
                </Link>
              </h3>
              <p className="mt-1 font-serif text-stone-700 dark:text-stone-300">{a.summary}</p>
              {a.authors.length > 0 && <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">By {authorsLine(a.authors)}</p>}
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
});

export interface ArchiveListProps {
  /** The bulletins loaded so far, newest first. */
  bulletins: readonly ArchiveBulletin[];
  /** One per bulletin of the archive, loaded or not; by default, those of `bulletins`. */
  articleCounts?: readonly number[];
  /** Called when a row past the loaded bulletins comes into view, with the last such row's index. */
  onNeedMore?: (upTo: number) => void;
  /** Loading the rest failed: said in the placeholders, with a retry. */
  moreError?: { message: string; retry: () => void } | null;
}

export function ArchiveList({ bulletins, articleCounts, onNeedMore, moreError = null }: ArchiveListProps) {
  const counts = useMemo(() => articleCounts ?? bulletins.map((b) => b.articles.length), [articleCounts, bulletins]);
  if (!shouldVirtualise(counts.length)) {
    return (
      <ol className="mt-8 space-y-12">
        {bulletins.map((b) => (
          <li key={b.id}>
            <BulletinEntry bulletin={b} />
          </li>
        ))}
      </ol>
    );
  }
  return <VirtualArchiveList bulletins={bulletins} counts={counts} onNeedMore={onNeedMore} moreError={moreError} />;
}

/**
 * The rows the build rendered (src/site-generator/prerender), worked out as the
 * virtualiser would at the initial viewport from the top of the page: every
 * row that starts on the first screen, and the overscan after them.
 */
function firstScreenRows(counts: readonly number[]): { count: number; below: number } {
  let end = 0;
  let lastOnScreen = 0;
  while (lastOnScreen < counts.length - 1) {
    end += estimateRowHeight(counts[lastOnScreen] ?? 0, INITIAL_VIEWPORT.width);
    if (end >= INITIAL_VIEWPORT.height) break;
    lastOnScreen++;
  }
  const count = Math.min(lastOnScreen + 1 + OVERSCAN, counts.length);
  let below = 0;
  for (let i = count; i < counts.length; i++) below += estimateRowHeight(counts[i] ?? 0, INITIAL_VIEWPORT.width);
  return { count, below };
}

/** What the list knows once the page is the app's: measured, not assumed as at build time. */
interface MeasuredView {
  /** The list's distance from the top of the document: the virtualiser counts window scroll from there. */
  scrollMargin: number;
  viewport: { width: number; height: number };
  /** The first screen's rows, as laid out in the page the app took over. */
  rows: VirtualItem[];
}

const NO_ROWS: VirtualItem[] = [];

/** The rendered rows' heights, measured as the virtualiser measures a row it is handed (offsetHeight). */
function measureRows(list: HTMLOListElement, keyOf: (index: number) => Key, scrollMargin: number): VirtualItem[] {
  let start = scrollMargin;
  return [...list.querySelectorAll<HTMLLIElement>(":scope > li[data-index]")].map((li) => {
    const index = Number(li.dataset.index);
    const size = li.offsetHeight;
    const row = { index, key: keyOf(index), start, size, end: start + size, lane: 0 };
    start += size;
    return row;
  });
}

function VirtualArchiveList({
  bulletins,
  counts,
  onNeedMore,
  moreError,
}: Omit<ArchiveListProps, "articleCounts"> & { counts: readonly number[] }) {
  const listRef = useRef<HTMLOListElement>(null);
  // The render that adopts (hydrates) the prerendered page renders the build's
  // rows as they are, with the virtualiser off: the virtualiser's start (its
  // thousand offsets, its observers, and the re-render it asks for from them,
  // which React does at once, in the same task) made that task too long. Once
  // the page is the app's, the list measures the window, its own place and
  // its rows, and turns the virtualiser on in a transition, with those
  // measurements, so that it starts where the page is and needs no second
  // render. The same happens at each resize.
  const [view, setView] = useState<MeasuredView | null>(null);
  const getItemKey = useCallback((i: number): Key => bulletins[i]?.id ?? i, [bulletins]);
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const place = () => list.getBoundingClientRect().top + window.scrollY;
    const rows = measureRows(list, getItemKey, place());
    const measure = () => {
      const scrollMargin = place();
      const viewport = { width: window.innerWidth || INITIAL_VIEWPORT.width, height: window.innerHeight || INITIAL_VIEWPORT.height };
      startTransition(() => setView({ scrollMargin, viewport, rows }));
    };
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
    // Once, on mount: the rows on the page then are the first render's, keyed by
    // its bulletins. Later bulletins (the whole index, loaded on scrolling) add
    // rows the virtualiser measures itself; measuring again would only re-render.
  }, []);

  const viewportWidth = view?.viewport.width ?? INITIAL_VIEWPORT.width;
  const estimateSize = useCallback((i: number) => estimateRowHeight(counts[i] ?? 0, viewportWidth), [counts, viewportWidth]);
  // Kept between renders: the virtualiser works out every row's offset again (a
  // thousand of them) whenever this function changes. It changes with the
  // estimates, as that is how the virtualiser learns of them: it re-estimates
  // the rows it has not measured and keeps the sizes of those it has.
  const keyWithEstimates = useCallback((i: number) => getItemKey(i), [getItemKey, estimateSize]);
  const virtualizer = useWindowVirtualizer({
    enabled: view !== null,
    count: counts.length,
    estimateSize,
    getItemKey: keyWithEstimates,
    overscan: OVERSCAN,
    scrollMargin: view?.scrollMargin ?? 0,
    initialRect: view?.viewport ?? INITIAL_VIEWPORT,
    initialMeasurementsCache: view?.rows ?? NO_ROWS,
  });
  const firstScreen = useMemo(() => firstScreenRows(counts), [counts]);
  const virtualRows = view ? virtualizer.getVirtualItems() : null;
  const items: Array<{ index: number; key: Key }> =
    virtualRows ?? Array.from({ length: firstScreen.count }, (_, index) => ({ index, key: getItemKey(index) }));
  const lastInView = items.reduce((n, row) => Math.max(n, row.index), -1);
  const beyondLoaded = lastInView >= bulletins.length ? lastInView : -1;
  useEffect(() => {
    if (beyondLoaded >= 0) onNeedMore?.(beyondLoaded);
  }, [beyondLoaded, onNeedMore]);

  // The spacers: the rows above the first rendered one, and below the last. Item offsets count from the document's top.
  let above = 0;
  let below = firstScreen.below;
  if (virtualRows) {
    const margin = virtualizer.options.scrollMargin;
    above = virtualRows.length > 0 ? virtualRows[0]!.start - margin : 0;
    below = virtualRows.length > 0 ? virtualizer.getTotalSize() - (virtualRows.at(-1)!.end - margin) : 0;
  }

  return (
    <>
      <ol ref={listRef} className="virtual-list mt-8" style={{ paddingTop: above, paddingBottom: below }}>
        {items.map((row) => {
          const b = bulletins[row.index];
          return (
            <li
              key={row.key}
              data-index={row.index}
              // Measured only once the virtualiser is on: until then it would read the layout for nothing.
              ref={virtualRows ? virtualizer.measureElement : undefined}
              aria-setsize={counts.length}
              aria-posinset={row.index + 1}
              className="pb-12"
            >
              {b ? (
                <BulletinEntry bulletin={b} />
              ) : (
                <RowPlaceholder height={estimateRowHeight(counts[row.index] ?? 0, viewportWidth) - ROW_GAP_PX} error={moreError ?? null} />
              )}
            </li>
          );
        })}
      </ol>
      {/* In the page as built; the app renders no <noscript> content, and drops it once the virtualiser is on. */}
      {!view && (
        <noscript>
          <WithoutScript later={bulletins.slice(firstScreen.count)} from={firstScreen.count + 1} total={counts.length} />
        </noscript>
      )}
    </>
  );
}

/**
 * For a reader without JavaScript, whose list stops after the first screen:
 * the other bulletins the page holds, as plain links, and how many more there
 * are. (The list's spacers, which stand for rows the virtualiser would render,
 * are collapsed by `.virtual-list` in src/app/index.css.)
 */
function WithoutScript({ later, from, total }: { later: readonly ArchiveBulletin[]; from: number; total: number }) {
  const unlisted = total - (from - 1) - later.length;
  return (
    <section aria-labelledby="archive-without-script" className="mt-2">
      <h2 id="archive-without-script" className="font-serif text-2xl font-semibold">
        Older bulletins
      </h2>
      <ol start={from} className="mt-3 list-decimal space-y-1 pl-8">
        {later.map((b) => (
          <li key={b.id}>
            <Link to={bulletinPath(b.id)} className="link">
              {issueLabel(b)}
            </Link>{" "}
            <span className="text-sm text-stone-600 dark:text-stone-400">
              · {formatDate(b.date) ?? "Date unknown"} · {b.articles.length} {b.articles.length === 1 ? "article" : "articles"}
            </span>
          </li>
        ))}
      </ol>
      {unlisted > 0 && (
        <p className="mt-3 text-stone-700 dark:text-stone-300">
          {unlisted} older {unlisted === 1 ? "bulletin is" : "bulletins are"} listed here only with JavaScript on.
        </p>
      )}
    </section>
  );
}

/** A bulletin not loaded yet, at its estimated height so the page does not jump when it arrives. */
function RowPlaceholder({ height, error }: { height: number; error: ArchiveListProps["moreError"] }) {
  return (
    <div style={{ minHeight: height }} className="border-b border-stone-300 pb-2 dark:border-stone-700">
      {error ? (
        <p role="alert">
          The rest of the archive could not be loaded: {error.message}{" "}
          <button type="button" className="link" onClick={error.retry}>
            Retry
          </button>
        </p>
      ) : (
        <p className="text-stone-600 dark:text-stone-400">Loading bulletin…</p>
      )}
    </div>
  );
}
