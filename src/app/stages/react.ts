/**
 * The first start-up stage (src/app/main.tsx): React and its renderer, run
 * here because this module re-exports from them (names the app uses, not the
 * whole namespace, so the bundle keeps no more). The `await` ends the stage:
 * a module that imports this one runs in a later task.
 */
import { nextTask } from "../lib/next-task.ts";

export { createRoot, hydrateRoot } from "react-dom/client";

await nextTask();
