import { useLayoutEffect, useRef } from "react";

export type ShortcutMap = Partial<Record<string, (event: KeyboardEvent) => void>>;

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * Single-key shortcuts, ignored while the reader types or holds a modifier.
 *
 * The listener and the map it reads are put in place in a layout effect, as
 * the page that shows them is committed, not in a passive effect a moment
 * later: in that moment the new page was on screen while the old page's
 * listener still answered. `j` then `k` pressed quickly on the first article
 * went to the second, and then the `k` went to the first article's map (which
 * has no previous article) and did nothing: the browser test for it failed now
 * and then under load, and a reader who presses keys quickly meets the same.
 */
export function useKeyboardShortcuts(map: ShortcutMap): void {
  const ref = useRef(map);
  useLayoutEffect(() => {
    ref.current = map;
  });
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const handler = ref.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler(event);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
