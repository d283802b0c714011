import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "react-router/dom";
import { createQueryClient } from "./data/query-client.ts";
import { createAppRouter } from "./router.tsx";
import "./index.css";

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

/**
 * Resolves once the first route's data and code have loaded. Rendering only
 * then keeps the prerendered page (or the empty shell) on screen instead of
 * flashing a loading state, and lets a deep link scroll on the first render.
 */
function firstRouteLoaded(): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
void firstRouteLoaded().then(() => {
  // A transition, so React renders in small slices and yields between them: the
  // prerendered page stays on screen and responsive meanwhile, instead of one long
  // task that blocks input (a default-priority first render is not time-sliced).
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </StrictMode>,
    );
  });
});
