import { useTheme } from "../hooks/usePreferences.ts";
import { MoonIcon, SunIcon } from "./icons.tsx";

export function ThemeToggle() {
  const { theme, toggle } = useTheme();
  const dark = theme === "dark";
  return (
    <button type="button" className="btn" aria-pressed={dark} onClick={toggle} title="Dark theme">
      {dark ? <MoonIcon /> : <SunIcon />}
      <span className="max-sm:sr-only">Dark theme</span>
    </button>
  );
}
