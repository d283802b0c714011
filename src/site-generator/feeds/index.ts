/**
 * Emitters for the data-out files: the Atom feed and, per bulletin, CSVs of
 * its quotes and statistics. Registered with the data plugin in vite.config.ts.
 */
import { makingFiles, type BulletinEmitter } from "../emitters.ts";
import { atomFeed } from "./atom.ts";
import { quotesCsv, statisticsCsv } from "./bulletin-tables.ts";
import { FEED_FILE, quotesCsvFile, statisticsCsvFile } from "./paths.ts";

export { FEED_FILE, quotesCsvFile, statisticsCsvFile } from "./paths.ts";

/** A bulletin's CSVs: `data/bulletins/<id>.quotes.csv` and `.statistics.csv` (paths.ts). */
const BULLETIN_TABLE = /^data\/bulletins\/([^/]+)\.(?:quotes|statistics)\.csv$/;

export function feedEmitters({ siteUrl }: { siteUrl: string }): BulletinEmitter[] {
  const atomFeedEmitter = makingFiles(
    function atomFeedEmitter(bulletins) {
      return [{ fileName: FEED_FILE, source: atomFeed(bulletins, siteUrl) }];
    },
    { has: (f) => f === FEED_FILE },
  );
  const bulletinTable = (f: string) => BULLETIN_TABLE.exec(f)?.[1];
  const bulletinTablesEmitter = makingFiles(
    function bulletinTablesEmitter(bulletins) {
      return bulletins.flatMap((b) => [
        { fileName: quotesCsvFile(b.id), source: quotesCsv(b, siteUrl) },
        { fileName: statisticsCsvFile(b.id), source: statisticsCsv(b, siteUrl) },
      ]);
    },
    // The site's URL is in every row's link.
    { has: (f) => bulletinTable(f) !== undefined, bulletinOf: bulletinTable, perBulletin: { settings: siteUrl } },
  );
  return [atomFeedEmitter, bulletinTablesEmitter];
}
