/**
 * The data files a page may fetch, grouped by kind (every bulletin's file is
 * one kind, `data/bulletins/*.json`; each view's file is its own), with the
 * largest of each kind gzip-sized: no file a page needs should grow past
 * 1 MB gzip at 10,000 bulletins. bench:web --sizes prints it for a real
 * build's data/ folder; `--data-only` makes the files in memory with the
 * build's own emitters, without pages, so 10,000 bulletins fit in minutes.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { loadNodeGazetteer } from "../src/gazetteer/node.ts";
import type { Bulletin } from "../src/parser/model/index.ts";
import { parseBulletin } from "../src/parser/index.ts";
import { searchEmitter } from "../src/search/emit.ts";
import { builtInEmitters, runEmitters } from "../src/site-generator/emitters.ts";
import { feedEmitters } from "../src/site-generator/feeds/index.ts";
import { viewsEmitter } from "../src/views/emit.ts";
import { sizedArchive } from "./synth/sized-archive.ts";

/** The goal: what one page may have to fetch in one file. */
export const DATA_FILE_GOAL_KB = 1000;

/** Folders whose files are one per bulletin, person, place or piece: one kind each. */
const MANY_FILE_FOLDERS = /^data\/(bulletins|people|places|quotes|statistics)\//;
/** A content hash in a file or folder name (src/search/shards.ts, the data pieces). */
const HASH = /-[0-9a-f]{12}(?=[./]|$)/g;

/** `data/bulletins/rca-565.json` → `data/bulletins/*.json`; `data/search/h/w-1a2b….json` → `data/search/h/w-*.json`. */
export function dataFileKind(name: string): string {
  const file = name.replaceAll(path.sep, "/");
  const folder = MANY_FILE_FOLDERS.exec(file);
  if (folder) return `${folder[0]}*${path.extname(file)}`;
  return file.replace(HASH, "-*").replace(/\/\d+\.json$/, "/*.json");
}

export interface KindFigure {
  kind: string;
  files: number;
  /** The largest file of the kind, by gzip size. */
  largest: string;
  gzipKb: number;
  rawKb: number;
}

/**
 * Per kind, its largest file gzip-sized. Only a file whose raw size could beat
 * its kind's largest so far is gzipped: at 10,000 bulletins there are
 * hundreds of thousands.
 */
export function largestByKind(files: Iterable<[name: string, bytes: Buffer | string]>): KindFigure[] {
  const byKind = new Map<string, KindFigure>();
  for (const [name, content] of files) {
    const bytes = typeof content === "string" ? Buffer.from(content) : content;
    const kind = dataFileKind(name);
    let k = byKind.get(kind);
    if (!k) byKind.set(kind, (k = { kind, files: 0, largest: name, gzipKb: -1, rawKb: 0 }));
    k.files++;
    if (bytes.length / 1000 < k.gzipKb) continue;
    const gzipKb = gzipSync(bytes).length / 1000;
    if (gzipKb > k.gzipKb) Object.assign(k, { largest: name, gzipKb, rawKb: bytes.length / 1000 });
  }
  return [...byKind.values()].sort((a, b) => b.gzipKb - a.gzipKb);
}

/** Every file under `outDir`/data, by name relative to `outDir`. */
export function* dataFilesOf(outDir: string): Generator<[string, Buffer]> {
  for (const entry of readdirSync(path.join(outDir, "data"), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    yield [path.relative(outDir, file), readFileSync(file)];
  }
}

/** `count` seeded synthetic bulletins (in volumes past 2,500: bench/synth/sized-archive.ts), parsed with the data build's gazetteer. */
export function parsedArchive(count: number, seed: number, log: (s: string) => void = () => {}): Bulletin[] {
  const gazetteer = loadNodeGazetteer();
  const out: Bulletin[] = [];
  for (const g of sizedArchive(count, seed)) {
    out.push(parseBulletin(g.text, { fileName: g.fileName, gazetteer }));
    if (out.length % 500 === 0) log(`  parsed ${out.length} / ${count}`);
  }
  return out;
}

/** The data files the build's emitters write for `bulletins` (no pages, no bundle). */
export function emitDataFiles(bulletins: Bulletin[], log: (s: string) => void = () => {}): Map<string, string> {
  return runEmitters([...builtInEmitters, ...feedEmitters({ siteUrl: "http://localhost:4173" }), searchEmitter, viewsEmitter], bulletins, log);
}
