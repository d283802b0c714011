/**
 * Under a view's rows while more are to come: a button that reads the next
 * piece of the view (src/views/pieces.ts), pressed by itself when it scrolls
 * into view.
 */
import { useEffect, useRef } from "react";
import { formatNumber } from "../lib/format.ts";

/** How far below the viewport the button starts the load, so rows are there by the time the reader is. */
const AHEAD_PX = 600;

export function MoreRows({ shown, total, plural, onWant, loading, error }: { shown: number; total: number; plural: string; onWant: () => void; loading: boolean; error: Error | null }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const el = button.current;
    if (!el || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onWant(), { rootMargin: `${AHEAD_PX}px` });
    observer.observe(el);
    return () => observer.disconnect();
  }, [onWant]);
  if (error) return <p role="alert" className="mt-4">Could not load the rest: {error.message}</p>;
  return (
    <p className="mt-4">
      <button ref={button} type="button" className="btn" onClick={onWant} disabled={loading}>
        {loading ? `Loading more ${plural}…` : `Show more ${plural}`}
      </button>{" "}
      <span className="text-sm text-stone-600 dark:text-stone-400">
        {formatNumber(shown)} of {formatNumber(total)} shown
      </span>
    </p>
  );
}
