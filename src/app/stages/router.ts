/**
 * The second start-up stage (src/app/main.tsx): React Router and TanStack
 * Query, run here because this module re-exports from them. Names the app
 * uses, not the packages' whole namespaces (a namespace kept every export of
 * react-router: 30 kB gzip more on every page). It runs after the first stage
 * (it imports it), and its `await` puts the app's own code in a later task.
 */
import "./react.ts";
import { nextTask } from "../lib/next-task.ts";

export { RouterProvider } from "react-router/dom";
export { QueryClient, QueryClientProvider } from "@tanstack/react-query";
export { UNSAFE_createRouter } from "react-router";

await nextTask();
