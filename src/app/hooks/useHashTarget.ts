/**
 * Scrolls to and briefly highlights the element named by the URL hash — on a
 * deep link, after a reload, and each time a panel link sets the hash. Runs
 * after the route has rendered, i.e. once its data has loaded.
 */
import { useEffect } from "react";
import { useLocation } from "react-router";

export const HASH_TARGET_CLASS = "hash-target";
/** Matches the CSS animation; the class is removed so the next choice replays it. */
const HIGHLIGHT_MS = 2600;

export function highlightElement(el: HTMLElement): () => void {
  el.classList.remove(HASH_TARGET_CLASS);
  void el.offsetWidth; // restart the animation when the same target is chosen again
  el.classList.add(HASH_TARGET_CLASS);
  if (!el.hasAttribute("tabindex")) el.setAttribute("tabindex", "-1");
  el.focus({ preventScroll: true });
  const reduced = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  el.scrollIntoView?.({ block: "center", behavior: reduced ? "auto" : "smooth" });
  const timer = window.setTimeout(() => el.classList.remove(HASH_TARGET_CLASS), HIGHLIGHT_MS);
  return () => window.clearTimeout(timer);
}

export function useHashTarget(ready: boolean): void {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return;
    }
    const el = document.getElementById(id);
    if (!el) return;
    return highlightElement(el);
  }, [ready, hash, key]);
}
