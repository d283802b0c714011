import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

/**
 * After an in-app navigation, moves focus to the main region so keyboard and
 * screen-reader users start on the new page, not on the link they left. Not on
 * first load (the browser starts at the top), and not when a hash target takes
 * focus itself (useHashTarget).
 */
export function useRouteFocus(): void {
  const { pathname, hash } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (hash) return;
    document.getElementById("main")?.focus({ preventScroll: true });
  }, [pathname, hash]);
}
