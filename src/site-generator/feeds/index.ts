/**
 * Emitters for the data-out files: the Atom feed and, per bulletin, CSVs of
 * its quotes and statistics. Registered with the data plugin in vite.config.ts.
 */
import type { BulletinEmitter } from "../emitters.ts";
import { atomFeed } from "./atom.ts";
import { quotesCsv, statisticsCsv } from "./bulletin-tables.ts";
import { FEED_FILE, quotesCsvFile, statisticsCsvFile } from "./paths.ts";

export { FEED_FILE, quotesCsvFile, statisticsCsvFile } from "./paths.ts";

export function feedEmitters({ siteUrl }: { siteUrl: string }): BulletinEmitter[] {
  const atomFeedEmitter: BulletinEmitter = (bulletins) => [{ fileName: FEED_FILE, source: atomFeed(bulletins, siteUrl) }];
  const bulletinTablesEmitter: BulletinEmitter = (bulletins) =>
    bulletins.flatMap((b) => [
      { fileName: quotesCsvFile(b.id), source: quotesCsv(b, siteUrl) },
      { fileName: statisticsCsvFile(b.id), source: statisticsCsv(b, siteUrl) },
    ]);
  return [atomFeedEmitter, bulletinTablesEmitter];
}
