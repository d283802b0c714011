/**
 * The second start-up stage (src/app/main.tsx): React Router and TanStack
 * Query. Names, not the packages' whole namespaces (`import("react-router")`
 * kept every export: 30 kB gzip more on every page). It runs after the first
 * stage, and its `await` puts the app's own code in a task after it.
 */
import "./react.ts";
import { nextTask } from "../lib/next-task.ts";

export { RouterProvider } from "react-router/dom";
export { QueryClient, QueryClientProvider } from "@tanstack/react-query";
export { UNSAFE_createRouter } from "react-router";

await nextTask();
