/**
 * The first start-up stage (src/app/main.tsx): React and its renderer. Names,
 * not the package's whole namespace, so the bundle keeps only what the app uses.
 * The `await` ends the stage: what imports this module runs in a later task.
 */
import { nextTask } from "../lib/next-task.ts";

export { createRoot, hydrateRoot } from "react-dom/client";

await nextTask();
