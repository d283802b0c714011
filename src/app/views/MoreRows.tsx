/**
 * Under a view's first rows, before the whole file is loaded: a button that
 * loads the rest, pressed by itself when it scrolls into view.
 */
import { useEffect, useRef } from "react";
import { formatNumber } from "../lib/format.ts";

/** How far below the viewport the button starts the load, so rows are there by the time the reader is. */
const AHEAD_PX = 600;

export function MoreRows({ total, plural, onWant, loading, error }: { total: number; plural: string; onWant: () => void; loading: boolean; error: Error | null }) {
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
        {loading ? `Loading all ${formatNumber(total)} ${plural}…` : `Show all ${formatNumber(total)} ${plural}`}
      </button>
    </p>
  );
}
