/**
 * A long list of a view's rows, virtualised against the window once the app
 * has the page: only the rows near the viewport are in the DOM (a view of a
 * 1,000-bulletin archive lists tens of thousands of quotes). The prerendered
 * page, and the render that adopts it, hold the first screen's rows only.
 */
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useHydrated } from "./useViewParams.ts";

/** Rows in the prerendered page: a first screen on a tall desktop window, and then some. */
export const FIRST_SCREEN_ROWS = 25;
/** Below this many rows the list renders plainly (every row findable with the browser's find). */
export const VIRTUALISE_FROM = 150;
/** Rows rendered beyond each edge of the viewport, so Tab and a fast scroll land on rendered rows. */
const OVERSCAN = 8;

export interface VirtualRowsProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
  /** A row's height before it is measured, in pixels. */
  estimate: number;
  label: string;
  className?: string;
}

export function VirtualRows<T>(props: VirtualRowsProps<T>) {
  const hydrated = useHydrated();
  const { items, keyOf, render, label, className = "" } = props;
  if (!hydrated || items.length < VIRTUALISE_FROM) {
    const shown = hydrated ? items : items.slice(0, FIRST_SCREEN_ROWS);
    return (
      <ol aria-label={label} className={className}>
        {shown.map((item) => (
          <li key={keyOf(item)}>{render(item)}</li>
        ))}
      </ol>
    );
  }
  return <Virtual {...props} />;
}

function Virtual<T>({ items, keyOf, render, estimate, label, className = "" }: VirtualRowsProps<T>) {
  const list = useRef<HTMLOListElement>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const el = list.current;
    if (el) setMargin(el.getBoundingClientRect().top + window.scrollY);
  }, []);
  // Both kept between renders (the list re-renders on every scroll): the virtualiser works out every
  // row's offset again, from the first row, whenever getItemKey changes, and at 39,000 quotes that
  // was a task of up to a second and a half per scroll step (bench:web). The keys are made once per
  // list, not once per row per pass. `keyOf` is a pure function of the row, so a new one with the
  // same rows changes nothing.
  const keys = useMemo(() => items.map(keyOf), [items]); // eslint-disable-line react-hooks/exhaustive-deps
  const getItemKey = useCallback((i: number) => keys[i] ?? i, [keys]);
  const estimateSize = useCallback(() => estimate, [estimate]);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize,
    overscan: OVERSCAN,
    scrollMargin: margin,
    getItemKey,
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows.at(-1);
  const before = first ? first.start - margin : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - margin) : 0;
  return (
    <ol ref={list} aria-label={label} className={className} style={{ paddingTop: before, paddingBottom: after }}>
      {rows.map((row) => (
        <li key={row.key} data-index={row.index} ref={virtualizer.measureElement} aria-setsize={items.length} aria-posinset={row.index + 1}>
          {render(items[row.index] as T)}
        </li>
      ))}
    </ol>
  );
}
