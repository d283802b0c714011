/**
 * Where the data build puts its files, relative to the site root. Shared by the
 * Vite plugin (which writes them) and the app (which fetches them), so that the
 * two cannot drift apart.
 */
export const DATA_DIR = "data";
/** The archive page's first screen, and the list of the index's pieces: see `archiveHead` (src/site-generator/archive-index.ts). */
export const ARCHIVE_HEAD_FILE = `${DATA_DIR}/archive-head.json`;

/**
 * Data files named by a hash of their content (the views' pieces, the long
 * lists of person and place pages): never changed under that name, so a host
 * may cache them for good (src/site-generator/csp/policy.ts).
 */
export const HASHED_DATA_DIR = `${DATA_DIR}/h`;

/** The dev server sends this (a Vite custom HMR event) when a bulletin changed. */
export const BULLETINS_CHANGED_EVENT = "bulletins:changed";

export function bulletinFile(bulletinId: string): string {
  return `${DATA_DIR}/bulletins/${bulletinId}.json`;
}

const BULLETIN_FILE = /^data\/bulletins\/([^/]+)\.json$/;

/** The bulletin id of a `bulletinFile` name; undefined for any other file. */
export function bulletinIdOfFile(fileName: string): string | undefined {
  return BULLETIN_FILE.exec(fileName)?.[1];
}
