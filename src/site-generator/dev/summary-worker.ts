/**
 * One of the dev server's start-up workers (summary-pool.ts): reads each
 * bulletin it is sent from disk and its parse from the parse cache, checks
 * the parse against the schema as the data plugin's store does, and sends back
 * its summary, or takes it from the summary index (summary-index.ts) when
 * that holds it: without reading the file when its stamp is the one the index
 * recorded (file-stamp.ts). What it cannot answer (unreadable, not cached, not valid) it
 * sends back as missed: the plugin reads that one itself and reports it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import * as v from "valibot";
import { contentHashSync } from "../../import/hash-node.ts";
import type { Bulletin } from "../../parser/model/index.ts";
import { BulletinSchema } from "../../parser/model/schema.ts";
import { contentHash } from "../bulletin-store.ts";
import { contentKey } from "../cache/parse-cache.ts";
import { readSource } from "../read-source.ts";
import { settledStamp, stillStamped } from "../file-stamp.ts";
import { bulletinSummary } from "./summary.ts";
import { quoteCounts } from "../../emit-cache/quote-counts.ts";
import { cachedEntryFile } from "./cached-entry.ts";
import { openSummaryIndex, summaryIndexFile } from "./summary-index.ts";
import type { SummaryReply, SummaryWorkerData } from "./summary-pool.ts";

const { cacheDir, version } = workerData as SummaryWorkerData;
const index = openSummaryIndex(summaryIndexFile(cacheDir, version));

/** The summary the index holds for the file as it was stamped, if the file still has that stamp. */
function unchanged(file: string, name: string): SummaryReply | undefined {
  const recorded = index.files[name];
  if (!recorded || !stillStamped(file, recorded)) return undefined;
  const indexed = index.entry(recorded.key);
  if (!indexed) return undefined;
  return { file, missed: false, key: recorded.key, fromIndex: true, fileRead: false, stamp: recorded, ...indexed };
}

function summarise(file: string): SummaryReply {
  const name = path.basename(file);
  const trusted = unchanged(file, name);
  if (trusted) return trusted;
  const source = readSource(file);
  if (!source.ok) return { file, missed: true };
  const key = contentKey(name, source.text);
  const stamp = settledStamp(source.stamp);
  const indexed = index.entry(key);
  if (indexed) return { file, missed: false, key, fromIndex: true, fileRead: true, ...(stamp ? { stamp } : {}), ...indexed };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(cachedEntryFile({ dir: cacheDir, version }, key), "utf8"));
  } catch {
    return { file, missed: true };
  }
  const bulletin = parsed as Bulletin;
  // As the plugin adds it (withSourceWarnings, bulletins-plugin.ts), before the store checks the schema.
  const withWarning = source.warning ? { ...bulletin, warnings: [source.warning, ...bulletin.warnings] } : bulletin;
  const checked = v.safeParse(BulletinSchema, withWarning);
  if (!checked.success) return { file, missed: true };
  return {
    file,
    missed: false,
    key,
    fromIndex: false,
    fileRead: true,
    ...(stamp ? { stamp } : {}),
    hash: contentHash(source.text),
    sourceHash: contentHashSync(source.text),
    ...(source.warning ? { warning: source.warning } : {}),
    summary: bulletinSummary(checked.output),
    quoteCounts: quoteCounts(checked.output),
  };
}

parentPort!.on("message", (files: string[]) => {
  parentPort!.postMessage(files.map(summarise));
});
