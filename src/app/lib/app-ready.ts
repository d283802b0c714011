/**
 * The User Timing mark the app sets once it has taken the page over (hydrated
 * it). `npm run bench:web` reads it from each Lighthouse run: a run that ended
 * before the app started measured the page without its app, and is not counted.
 */
export const APP_READY_MARK = "bulletin-reader:app-ready";

/**
 * Says that React listens to the page's events from now on (it is about to
 * adopt the page): a button pressed since is React's to handle, and
 * public/app-start.js no longer keeps it to press again once the app is ready.
 */
export function markAppStarting(): void {
  document.documentElement.dataset.app = "starting";
}

/**
 * Says, to browser tests (`html[data-app=ready]`), to public/app-start.js
 * (which then presses again a button pressed before the app listened) and to
 * profilers (the mark), that the app's controls work from now on.
 */
export function markAppReady(): void {
  document.documentElement.dataset.app = "ready";
  performance.mark(APP_READY_MARK);
}
