/**
 * The first start-up stage (src/app/main.tsx): React and its renderer. Names,
 * not the package's whole namespace, so the bundle keeps only what the app uses.
 */
export { createRoot, hydrateRoot } from "react-dom/client";
