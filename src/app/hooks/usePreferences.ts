/**
 * Theme and text size, persisted in localStorage under the keys that
 * public/theme-init.js reads before first paint.
 */
import { useCallback, useEffect, useSyncExternalStore } from "react";

export const THEME_KEY = "reader:theme";
export const TEXT_SIZE_KEY = "reader:text-size";
export const TEXT_SIZES = ["1rem", "1.125rem", "1.25rem", "1.375rem", "1.5rem"] as const;
const DEFAULT_SIZE_INDEX = 1;

export type Theme = "light" | "dark";

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

/**
 * Both preferences live on <html> (a class and a style property), where
 * public/theme-init.js puts them before the first paint; the hooks read them
 * from there. The prerendered HTML cannot know them, so the first render uses
 * the defaults (`getServerSnapshot`) to match it, and React re-renders with
 * the reader's own at once.
 */
function watchRoot(attribute: "class" | "style") {
  return (onChange: () => void) => {
    const observer = new MutationObserver(onChange);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: [attribute] });
    return () => observer.disconnect();
  };
}
const watchClass = watchRoot("class");
const watchStyle = watchRoot("style");

const themeNow = (): Theme => (document.documentElement.classList.contains("dark") ? "dark" : "light");
const applyTheme = (theme: Theme) => document.documentElement.classList.toggle("dark", theme === "dark");

export function useTheme(): { theme: Theme; toggle: () => void } {
  const theme = useSyncExternalStore(watchClass, themeNow, () => "light" as const);
  // Follow the system while the reader has not chosen.
  useEffect(() => {
    const mq = window.matchMedia?.("(prefers-color-scheme: dark)");
    if (!mq) return;
    const onChange = () => {
      if (!read(THEME_KEY)) applyTheme(mq.matches ? "dark" : "light");
    };
    mq.addEventListener("change", onChange);
    return () => mq.removeEventListener("change", onChange);
  }, []);
  const toggle = useCallback(() => {
    const next = themeNow() === "dark" ? "light" : "dark";
    write(THEME_KEY, next);
    applyTheme(next);
  }, []);
  return { theme, toggle };
}

function textSizeNow(): number {
  const i = TEXT_SIZES.indexOf(document.documentElement.style.getPropertyValue("--reader-size").trim() as (typeof TEXT_SIZES)[number]);
  return i >= 0 ? i : DEFAULT_SIZE_INDEX;
}

export function useTextSize(): { index: number; max: number; change: (delta: number) => void } {
  const index = useSyncExternalStore(watchStyle, textSizeNow, () => DEFAULT_SIZE_INDEX);
  const change = useCallback((delta: number) => {
    const next = Math.min(TEXT_SIZES.length - 1, Math.max(0, textSizeNow() + delta));
    write(TEXT_SIZE_KEY, TEXT_SIZES[next]!);
    document.documentElement.style.setProperty("--reader-size", TEXT_SIZES[next]!);
  }, []);
  return { index, max: TEXT_SIZES.length - 1, change };
}
