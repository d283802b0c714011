/**
 * The synthetic archive bench:search measures, as search records and queries,
 * kept on disk between runs (.cache/bench-search/): generating and parsing
 * 10,000 bulletins takes minutes on a 2-core machine, and the records are all
 * search needs. The cache key hashes the sources that decide the records (the
 * generator, the parser, the gazetteer, the search record builders), so a
 * change to any of them makes a fresh archive.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { generateArchive } from "./synth/generate.ts";
import type { SearchQuery } from "./synth/truth.ts";
import { loadNodeGazetteer } from "../src/gazetteer/node.ts";
import { parseBulletin } from "../src/parser/index.ts";
import { buildPeople, buildPlaces } from "../src/search/entities.ts";
import { gazetteerNames } from "../src/search/place-names.ts";
import { buildRecords, type RecordSet } from "../src/search/records.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CACHE_DIR = join(ROOT, ".cache/bench-search");
/** What the records are made from: any change here invalidates the cache. */
const SOURCES = ["bench/synth", "src/parser", "src/gazetteer", "src/search/entities.ts", "src/search/records.ts", "src/search/place-names.ts", "src/search/fold.ts", "src/search/links.ts"];
/** Bulletins parsed at a time, so the parsed bulletins of one batch are all that is ever held. */
const PARSE_BATCH = 500;
/**
 * The generator gives each bulletin a distinct file name from its series,
 * year and issue: about 3,600 exist, so a larger archive is made of volumes
 * of at most this many, each from its own seed (seed, seed + 1…), with the
 * volume in the file name. An archive up to this size is exactly
 * `generateArchive(count, seed)`, as before.
 */
// Kept apart from bench/synth/sized-archive.ts: its volumes are told apart by a `-vN` id, which the
// recall figures measured since were taken with.
const VOLUME_SIZE = 2500;

export interface BenchArchive {
  records: RecordSet;
  queries: SearchQuery[];
}

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(path, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [join(path, e.name)] : []));
}

function sourcesHash(): string {
  const hash = createHash("sha256");
  for (const file of SOURCES.flatMap((s) => filesUnder(join(ROOT, s))).sort()) hash.update(relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 12);
}

/**
 * Records and queries of `count` seeded bulletins. Every bulletin is parsed
 * with the data build's gazetteer; the bulletins' text is not kept, only what
 * entities and records read.
 */
export function benchArchive(count: number, seed: number, log: (s: string) => void = () => {}): BenchArchive {
  const file = join(CACHE_DIR, `${count}-${seed}-${sourcesHash()}.json`);
  if (existsSync(file)) {
    log(`  records from ${relative(ROOT, file)}`);
    return JSON.parse(readFileSync(file, "utf8")) as BenchArchive;
  }
  const gazetteer = loadNodeGazetteer();
  const generated: Array<{ fileName: string; text: string; truth: { searchQueries: SearchQuery[] }; volume: number }> = [];
  for (let volume = 0; generated.length < count; volume++) {
    const part = generateArchive(Math.min(VOLUME_SIZE, count - generated.length), seed + volume);
    for (const g of part) generated.push({ ...g, fileName: volume === 0 ? g.fileName : `${g.fileName}-v${volume + 1}`, volume });
    log(`  generated ${generated.length} / ${count}`);
  }
  const queries = generated.flatMap((g) => g.truth.searchQueries);
  const bulletins = [];
  for (let i = 0; i < generated.length; i += PARSE_BATCH) {
    for (const g of generated.slice(i, i + PARSE_BATCH)) {
      const b = parseBulletin(g.text, { fileName: g.fileName, gazetteer });
      // The id comes from the title, which another volume repeats: the links of its records must differ.
      if (g.volume > 0) b.id = `${b.id}-v${g.volume + 1}`;
      // Paragraph text is the bulk of a parsed bulletin and no search record reads it.
      for (const a of b.articles) for (const p of a.paragraphs) p.text = "";
      bulletins.push(b);
    }
    log(`  parsed ${Math.min(i + PARSE_BATCH, generated.length)} / ${generated.length}`);
  }
  const people = buildPeople(bulletins);
  const places = buildPlaces(bulletins);
  const records = buildRecords(bulletins, people, places, { placeNames: (p) => gazetteerNames(p, gazetteer) });
  const archive: BenchArchive = { records, queries };
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(file, JSON.stringify(archive));
  return archive;
}
