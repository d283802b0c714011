/**
 * Files the reader chose in a picker or dropped on the page before the app had
 * started: public/app-start.js keeps them (the page has no other listener
 * then, and a dropped file would otherwise make the browser leave the page to
 * show it) until the app takes them, once, as it starts handling files itself
 * (PageFileDrop). From then on app-start.js keeps no more.
 */
interface AppStartHandOff {
  takeFiles(): File[];
}

declare global {
  interface Window {
    /** Set by public/app-start.js on a prerendered page; absent on the dev server's plain shell. */
    bulletinReaderStart?: AppStartHandOff;
  }
}

export function takeEarlyFiles(): File[] {
  return typeof window === "undefined" ? [] : (window.bulletinReaderStart?.takeFiles() ?? []);
}
