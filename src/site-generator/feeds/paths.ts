/**
 * Where the downloadable files live, relative to the site root: the build
 * writes them, the bulletin page links to them (a plain <a download>).
 */
export const FEED_FILE = "feed.atom";

export function quotesCsvFile(bulletinId: string): string {
  return `data/bulletins/${bulletinId}.quotes.csv`;
}

export function statisticsCsvFile(bulletinId: string): string {
  return `data/bulletins/${bulletinId}.statistics.csv`;
}
