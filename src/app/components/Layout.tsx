import { useEffect, useState, type ReactNode } from "react";
import { Outlet } from "react-router";
import { useQueryClient } from "@tanstack/react-query";
import { BULLETINS_CHANGED_EVENT } from "../../site-generator/data-paths.ts";
import { dataKeys } from "../data/queries.ts";
import { useKeyboardShortcuts } from "../hooks/useKeyboardShortcuts.ts";
import { useRouteFocus } from "../hooks/useRouteFocus.ts";
import { Footer } from "./Footer.tsx";
import { Header } from "./Header.tsx";
import { PageScrollRestoration } from "./PageScrollRestoration.tsx";
import { ShortcutsDialog } from "./ShortcutsDialog.tsx";
import { StatusProvider } from "./status.tsx";
import { PageFileDrop } from "../import/PageFileDrop.tsx";
import { ImportSync } from "../import/ImportSync.tsx";
import { UpdateNotice } from "./UpdateNotice.tsx";
import { markAppReady } from "../lib/app-ready.ts";

export function focusSearch(): void {
  document.querySelector<HTMLInputElement>('header [role="searchbox"], header input[type="search"]')?.focus();
}

/**
 * `main`: what stands in the <main> landmark instead of the route's page. Only
 * the prerender passes it (src/app/ssr.tsx renders the layout once per kind of
 * page with a mark there, and splices each page's own markup in its place).
 */
export function Layout({ main }: { main?: ReactNode } = {}) {
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  // The list of shortcuts is made the first time it is asked for, then kept: in every
  // prerendered page it was 1.7 of 12 kB, written 68,000 times at 1,000 bulletins.
  const [shortcutsMade, setShortcutsMade] = useState(false);
  const showShortcuts = () => {
    setShortcutsMade(true);
    setShortcutsOpen(true);
  };
  const queryClient = useQueryClient();
  useRouteFocus();
  useKeyboardShortcuts({
    "/": focusSearch,
    "?": showShortcuts,
  });
  useEffect(markAppReady, []);
  useEffect(() => {
    // In dev, a changed .txt is re-parsed by the plugin: refetch instead of reloading.
    if (!import.meta.hot) return;
    const refetch = () => void queryClient.invalidateQueries({ queryKey: dataKeys.all });
    import.meta.hot.on(BULLETINS_CHANGED_EVENT, refetch);
    return () => import.meta.hot?.off(BULLETINS_CHANGED_EVENT, refetch);
  }, [queryClient]);
  return (
    <StatusProvider>
      <Header onShowShortcuts={showShortcuts} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 pt-8 focus:outline-none">
        {main ?? <Outlet />}
      </main>
      <Footer />
      {shortcutsMade && <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />}
      <PageFileDrop />
      <ImportSync />
      <UpdateNotice />
      <PageScrollRestoration />
    </StatusProvider>
  );
}
