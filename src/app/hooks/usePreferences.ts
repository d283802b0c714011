/**
 * Theme and text size, persisted in localStorage under the keys that
 * public/theme-init.js reads before first paint.
 */
import { useCallback, useEffect, useState } from "react";

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

export function useTheme(): { theme: Theme; toggle: () => void } {
  const [theme, setTheme] = useState<Theme>(() =>
    document.documentElement.classList.contains("dark") ? "dark" : "light",
  );
  useEffect(() => {
    document.documentElement.classList.toggle("dark", theme === "dark");
  }, [theme]);
  // Follow the system while the reader has not chosen.
  useEffect(() => {
    const mq = window.matchMedia?.("(prefers-color-scheme: dark)");
    if (!mq) return;
    const onChange = () => {
      if (!read(THEME_KEY)) setTheme(mq.matches ? "dark" : "light");
    };
    mq.addEventListener("change", onChange);
    return () => mq.removeEventListener("change", onChange);
  }, []);
  const toggle = useCallback(() => {
    setTheme((t) => {
      const next = t === "dark" ? "light" : "dark";
      write(THEME_KEY, next);
      return next;
    });
  }, []);
  return { theme, toggle };
}

export function useTextSize(): { index: number; max: number; change: (delta: number) => void } {
  const [index, setIndex] = useState(() => {
    const i = TEXT_SIZES.indexOf((read(TEXT_SIZE_KEY) ?? "") as (typeof TEXT_SIZES)[number]);
    return i >= 0 ? i : DEFAULT_SIZE_INDEX;
  });
  useEffect(() => {
    document.documentElement.style.setProperty("--reader-size", TEXT_SIZES[index]!);
  }, [index]);
  const change = useCallback((delta: number) => {
    setIndex((i) => {
      const next = Math.min(TEXT_SIZES.length - 1, Math.max(0, i + delta));
      write(TEXT_SIZE_KEY, TEXT_SIZES[next]!);
      return next;
    });
  }, []);
  return { index, max: TEXT_SIZES.length - 1, change };
}
