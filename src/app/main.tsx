/**
 * The app's entry. It evaluates the app's code in stages, one task each, the
 * largest libraries first: evaluated as one module graph, React, its renderer,
 * the router and the app took one task of ~45 ms on a desktop CPU, four times
 * that on Lighthouse's simulated phone, where any task over 50 ms blocks input
 * (Total Blocking Time). The stages match the files vite.config.ts groups the
 * libraries into, and the build preloads them all with the page
 * (src/build/stage-preload.ts), so staging adds no round trips.
 */
import "./index.css";
import { nextTask } from "./lib/next-task.ts";

async function start(): Promise<void> {
  await import("./stages/react.ts"); // the "react" file: React, its renderer and scheduler
  await nextTask();
  await import("./stages/router.ts"); // the "router" file: React Router and TanStack Query
  await nextTask();
  const { startApp } = await import("./start-app.tsx");
  await nextTask();
  await startApp();
}

void start();
