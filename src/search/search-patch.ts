/**
 * The search emitter's files of an archive made from those of the last
 * build, when only the words of a few bulletins changed (src/emit-cache/emit-structure.ts):
 * the same records in the same places, but the quotes of those bulletins
 * with other text. What that text is in (emit.ts):
 * - the quote's record, in its chunk, and so its chunk folder's name
 *   (shards.ts: a folder is named by its chunks' hash), in the manifest;
 * - the word shards of every word the quote had or has (shard-patch.ts);
 * - the pages of the quote's speaker and of the places it covers (their
 *   quote lists, and the later pieces of those lists, named by content).
 * Everything else is kept as it was. When a file cannot be made exactly
 * (`CannotPatch`: a common word no longer common, kept files not as the
 * emitter would have made them) the patch gives up, and the emitter runs
 * in full.
 */
import type { Bulletin } from "../parser/model/index.ts";
import { HASHED_DATA_DIR } from "../site-generator/data-paths.ts";
import { contentHash, linesHash } from "./content-hash.ts";
import { personFile, placeFile } from "./data-paths.ts";
import type { EmittedFile } from "../emit-cache/emit-cache.ts";
import { PatchFiles } from "../emit-cache/kept-files.ts";
import { archivePersonId, archivePlaceId, type QuoteRef } from "./entities.ts";
import type { PagePiece, PersonPageData, PlacePageData, RedirectData } from "./page-data.ts";
import { CannotPatch, GroupRecords, recordWords, sourceOf } from "./patch-records.ts";
import { buildRecords, GROUPS } from "./records.ts";
// A build holds an unchanged bulletin as a lazy bulletin: its quotes counted without reading it in full.
import { quoteCounts } from "../emit-cache/quote-counts.ts";
import { patchShards, type RecordEdit } from "./shard-patch.ts";
import { bucketCount, bucketOfHome, bucketStarts, chunkFileIn, HASHED_DIR, MANIFEST_FILE, SHARD_SPLIT_BYTES, type ShardManifest } from "./shards.ts";

/**
 * The search emitter's files of `bulletins` from `kept`, those it made of
 * the same archive before the words of the bulletins `changed` changed; null
 * when they cannot be made so.
 */
export function patchSearchFiles(
  kept: readonly EmittedFile[],
  bulletins: readonly Bulletin[],
  changed: ReadonlySet<string>,
  /** As the emitter's (`buildShardFiles`): tests give a small one, to see split shards at a small archive's size. */
  splitBytes = SHARD_SPLIT_BYTES,
): EmittedFile[] | null {
  // By name, the last of a name winning, as the build writes them (runEmitters); a file not patched given back as it was.
  const files = new PatchFiles(kept);
  try {
    patchRecords(files, bulletins, changed, splitBytes);
    patchPages(files, bulletins, changed);
  } catch (error) {
    if (error instanceof CannotPatch) return null;
    throw error;
  }
  return files.files();
}

function patchRecords(files: PatchFiles, bulletins: readonly Bulletin[], changed: ReadonlySet<string>, splitBytes: number): void {
  const manifest = JSON.parse(sourceOf(files, MANIFEST_FILE)) as ShardManifest;
  const records = new Map(GROUPS.map((kind) => [kind, new GroupRecords(files, kind, manifest.groups[kind], manifest.chunkSize)]));
  const quotes = records.get("quote") as GroupRecords;
  const layout = manifest.groups.quote;
  if (layout.sizes.length !== bucketCount(layout.count)) throw new CannotPatch("buckets not dealt as the emitter deals them");
  // Each bucket's first position, and how many of its records the bulletins so far hold.
  const starts = bucketStarts(layout.sizes);
  const filled = layout.sizes.map(() => 0);
  // Each changed record's words before and after, by position.
  const edits: RecordEdit[] = [];
  for (const b of bulletins) {
    // A quote's bucket is its bulletin's (shards.ts `homeOf`): a bulletin id is one segment of a path, without "/".
    const bucket = bucketOfHome(b.id, layout.sizes.length);
    if (changed.has(b.id)) {
      for (const record of buildRecords([b], [], []).quote) {
        const position = (starts[bucket] as number) + (filled[bucket] as number);
        const before = quotes.before(position);
        if (before.id !== record.id) throw new CannotPatch(`quote ${position} is ${before.id}, not ${record.id}`);
        if (JSON.stringify(before) !== JSON.stringify(record)) {
          quotes.set(position, record);
          edits.push({ position, before: recordWords("quote", before), after: recordWords("quote", record) });
        }
        filled[bucket] = (filled[bucket] as number) + 1;
      }
    } else for (const n of quoteCounts(b)) filled[bucket] = (filled[bucket] as number) + n;
  }
  if (filled.some((n, b) => n !== layout.sizes[b])) throw new CannotPatch("not the archive the files were made of");
  if (edits.length === 0) return;

  patchShards(files, manifest, records, edits, splitBytes);
  // The chunks of each bucket a changed record is in, renamed with their folder; last, as the records above are read from the kept chunks.
  for (const bucket of quotes.changedBuckets()) {
    const sources = quotes.bucketChunks(bucket);
    const folder = layout.folders[bucket] as string;
    const renamed = `${HASHED_DIR}/quote-${linesHash(sources)}`;
    sources.forEach((source, n) => {
      files.delete(chunkFileIn(folder, n));
      files.set(chunkFileIn(renamed, n), source);
    });
    layout.folders[bucket] = renamed;
  }

  files.set(MANIFEST_FILE, JSON.stringify(manifest));
}
/** The folder of place pages (data-paths.ts). */
const PLACE_PAGES = placeFile("").replace(/\.json$/, "");

/** Each changed bulletin's quotes' text, by `<article slug>#<quote id>`, as its page references hold it. */
function quoteTexts(b: Bulletin): Map<string, string> {
  const texts = new Map<string, string>();
  for (const a of b.articles) {
    for (const q of a.quotes) {
      const key = `${a.slug}#${q.id}`;
      // Two quotes of one id (two articles of one slug) with other words: which one a page lists is the merge's business.
      if (texts.has(key) && texts.get(key) !== q.text) throw new CannotPatch(`two quotes ${b.id}/${key}`);
      texts.set(key, q.text);
    }
  }
  return texts;
}

/**
 * The pages of the people and places of the changed bulletins: those alone
 * list the bulletins' quotes (a person's quotes are those it speaks, a
 * place's those covering its mentions), under an id of theirs, or
 * redirected from it.
 */
function patchPages(files: PatchFiles, bulletins: readonly Bulletin[], changed: ReadonlySet<string>): void {
  const texts = new Map<string, Map<string, string>>();
  const pages = new Set<string>();
  const pageOf = (fileName: string, file: (id: string) => string) => {
    const source = files.get(fileName);
    if (source === undefined) return;
    const data = JSON.parse(source) as PersonPageData | PlacePageData | RedirectData;
    pages.add(data.kind === "redirect" ? file(data.to) : fileName);
  };
  for (const b of bulletins) {
    if (!changed.has(b.id)) continue;
    texts.set(b.id, quoteTexts(b));
    for (const p of b.people) pageOf(personFile(archivePersonId(b.id, p)), personFile);
    for (const p of b.places) pageOf(placeFile(archivePlaceId(p)), placeFile);
  }
  const patchList = (list: QuoteRef[]): boolean => {
    let patched = false;
    for (const r of list) {
      const text = texts.get(r.bulletinId)?.get(`${r.articleSlug}#${r.quoteId}`);
      if (text !== undefined && text !== r.text) {
        r.text = text;
        patched = true;
      }
    }
    return patched;
  };
  const replacedPieces = new Set<string>();
  for (const fileName of pages) {
    const source = files.get(fileName);
    if (source === undefined) continue;
    const data = JSON.parse(source) as PersonPageData | PlacePageData | RedirectData;
    if (data.kind === "redirect") continue;
    const entity = data.kind === "person" ? data.person : data.place;
    let patched = patchList(entity.quotes);
    entity.more.quotes = entity.more.quotes.map((pieceFile) => {
      const piece = JSON.parse(sourceOf(files, pieceFile)) as PagePiece<QuoteRef>;
      if (!patchList(piece.items)) return pieceFile;
      patched = true;
      const pieceSource = JSON.stringify(piece);
      const renamed = `${HASHED_DATA_DIR}/${data.kind}-${contentHash(pieceSource)}.json`;
      files.set(renamed, pieceSource);
      replacedPieces.add(pieceFile);
      return renamed;
    });
    if (patched) files.set(fileName, JSON.stringify(data));
  }
  if (replacedPieces.size === 0) return;
  // A piece is named by its content, and a quote may be listed by several places: two places listing the
  // same quotes share a piece, kept while another page names it. (A person's quotes are its own.)
  for (const fileName of files.names()) {
    if (!fileName.startsWith(PLACE_PAGES)) continue;
    for (const piece of replacedPieces) if (files.includes(fileName, piece)) replacedPieces.delete(piece);
    if (replacedPieces.size === 0) return;
  }
  for (const piece of replacedPieces) files.delete(piece);
}
