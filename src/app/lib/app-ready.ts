/**
 * The User Timing mark the app sets once it has taken the page over (hydrated
 * it). `npm run bench:web` reads it from each Lighthouse run: a run that ended
 * before the app started measured the page without its app, and is not counted.
 */
export const APP_READY_MARK = "bulletin-reader:app-ready";

/** Says, to browser tests (`html[data-app=ready]`) and to profilers (the mark), that the app's controls work from now on. */
export function markAppReady(): void {
  document.documentElement.dataset.app = "ready";
  performance.mark(APP_READY_MARK);
}
