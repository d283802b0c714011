/**
 * The app's entry. It evaluates the app's code in stages, one task each, the
 * largest libraries first: evaluated as one module graph, React, its renderer,
 * the router and the app took one task of ~45 ms on a desktop CPU, four times
 * that on Lighthouse's simulated phone, where any task over 50 ms blocks input
 * (Total Blocking Time).
 *
 * The stages are static imports, so the browser fetches all their files at once
 * as this module's dependencies: no preload tags to add from script (under
 * Lighthouse each one added was a task of 10–30 ms). Each stage module ends
 * with a top-level `await` of the next task, and a module that imports one
 * runs only after that await: React runs, then (in a new task) the router and
 * TanStack Query, then the app. The stages match the files vite.config.ts
 * groups the libraries into.
 */
import "./index.css";
import "./stages/react.ts";
import "./stages/router.ts";
import { startApp } from "./start-app.tsx";
import { nextTask } from "./lib/next-task.ts";

await nextTask(); // the app's own modules ran in this task: the start gets the next
await startApp();
