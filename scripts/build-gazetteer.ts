// Writes the compact browser gazetteer (src/gazetteer/data/iwpr-places.json)
// from GeoNames cities500 and prints its size; warms the Node cache too.
//   npx tsx scripts/build-gazetteer.ts [--check]
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { buildPlaceData, loadNodePlaceData } from "../src/gazetteer/node.ts";
import { BROWSER_SUBSET } from "../src/gazetteer/subsets.ts";

export const BROWSER_DATA_FILE = new URL("../src/gazetteer/data/iwpr-places.json", import.meta.url);

export function browserDataJson(): string {
  const data = buildPlaceData(BROWSER_SUBSET);
  // one row per line: readable diffs when GeoNames or a rule changes
  return `{"version":${data.version},"source":${JSON.stringify(data.source)},"rows":[\n${data.rows.map((r) => JSON.stringify(r)).join(",\n")}\n]}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const json = browserDataJson();
  if (process.argv.includes("--check")) {
    const same = readFileSync(BROWSER_DATA_FILE, "utf8") === json;
    console.log(same ? "browser gazetteer up to date" : "browser gazetteer is stale: run npx tsx scripts/build-gazetteer.ts");
    process.exit(same ? 0 : 1);
  }
  writeFileSync(BROWSER_DATA_FILE, json);
  const rows = json.split("\n").length - 3;
  console.log(`browser gazetteer: ${rows} places, ${json.length} bytes raw, ${gzipSync(json).length} bytes gzip`);
  const node = loadNodePlaceData();
  console.log(`node gazetteer cache: ${node.rows.length} places`);
}
