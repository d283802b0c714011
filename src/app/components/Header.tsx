import { Link, NavLink } from "react-router";
import { SearchSlot } from "./SearchSlot.tsx";
import { TextSize } from "./TextSize.tsx";
import { ThemeToggle } from "./ThemeToggle.tsx";

const navLinkClass = ({ isActive }: { isActive: boolean }) => (isActive ? "font-semibold underline underline-offset-4" : "hover:underline");

/** The header's sections: the archive, its views across every bulletin, and the import. */
const SECTIONS = [
  ["/", "Archive"],
  ["/people", "People"],
  ["/places", "Places"],
  ["/quotes", "Quotes"],
  ["/numbers", "Numbers"],
  ["/import", "Import"],
] as const;

export function Header({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  return (
    <header className="site-header sm:sticky top-0 z-30 border-b border-stone-200 bg-paper/95 backdrop-blur dark:border-stone-800 dark:bg-stone-950/95">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2 dark:focus:bg-stone-900">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2.5">
        <Link to="/" className="font-serif text-xl font-semibold tracking-tight text-ink dark:text-stone-100">
          Bulletin Reader
        </Link>
        <nav aria-label="Main" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {SECTIONS.map(([to, label]) => (
            <NavLink key={to} to={to} end={to === "/"} className={navLinkClass}>
              {label}
            </NavLink>
          ))}
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-2">
          <SearchSlot />
          <TextSize />
          <ThemeToggle />
          <button type="button" className="btn" onClick={onShowShortcuts} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
            ?
          </button>
        </div>
      </div>
    </header>
  );
}
