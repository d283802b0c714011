/** The last start-up stage (src/app/main.tsx): the query client, the router and the render that adopts the prerendered page. */
import { StrictMode, startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "react-router/dom";
import { createQueryClient } from "./data/query-client.ts";
import { createAppRouter } from "./router.tsx";
import { nextTask } from "./lib/next-task.ts";
import { markAppStarting } from "./lib/app-ready.ts";

/**
 * Resolves once the first route's data and code have loaded. Rendering only
 * then keeps the prerendered page (or the empty shell) on screen instead of
 * flashing a loading state, and lets a deep link scroll on the first render.
 */
function firstRouteLoaded(router: ReturnType<typeof createAppRouter>): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * Pages the build prerendered hold the app's own markup (src/app/ssr.tsx):
 * React adopts it (hydrates) instead of painting the page again. A page that
 * does not match (a reader's imported bulletins on the archive, a search query
 * in the URL) is repaired by React on the client; it is logged, not fatal.
 */
function onRecoverableError(error: unknown) {
  console.warn("Bulletin Reader: the prerendered page did not match the app; it was rendered again.", error);
}

/** Starts the router on the page's URL and renders (or hydrates) the app into #root. */
export async function startApp(): Promise<void> {
  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root element");
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient);
  // Made and started in two tasks (see createAppRouter).
  await nextTask();
  router.initialize();
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>
  );
  await firstRouteLoaded(router);
  // The route's last step (its data checked, its module run) ends here; the render starts in a task of its own.
  await nextTask();
  // A transition, so React renders in small slices and yields between them: the
  // page stays responsive meanwhile, instead of one long task that blocks input.
  startTransition(() => {
    markAppStarting(); // React listens to the page's events from the root's creation on
    if (root.hasChildNodes()) hydrateRoot(root, app, { onRecoverableError });
    else createRoot(root).render(app);
  });
}
