/**
 * The archive index: the small file the archive page and every route loader
 * read first. It lists the bulletins (newest first) and, per bulletin, enough
 * about each article to show a table of contents without loading the bulletin.
 *
 * Pure (no Node APIs): the plugin builds it, the app validates it with the
 * same schema.
 */
import * as v from "valibot";
import type { Bulletin } from "../parser/model/index.ts";
import { cutRuns } from "./pieces.ts";

/** 2: the whole index is in pieces, which the head lists (`ArchiveHead.pieces`). */
export const ARCHIVE_VERSION = 2;

const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

export const ArchiveArticleSchema = v.object({
  slug: v.string(),
  headline: v.string(),
  summary: v.string(),
  section: v.nullable(v.string()),
  authors: v.array(v.object({ name: v.string(), location: v.nullable(v.string()) })),
  /** The article's own issue date when its tag gives one, else the bulletin's. */
  date: v.nullable(IsoDate),
});

export const ArchiveBulletinSchema = v.object({
  id: v.string(),
  schemaVersion: v.number(),
  series: v.nullable(v.string()),
  seriesCode: v.nullable(v.string()),
  issue: v.nullable(v.number()),
  part: v.nullable(v.number()),
  date: v.nullable(IsoDate),
  title: v.nullable(v.string()),
  warningCount: v.number(),
  /**
   * SHA-256 hex of the source .txt, canonicalised as src/import/hash.ts does:
   * importing the same text again says "already there". Absent for imports.
   */
  sourceHash: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))),
  articles: v.array(ArchiveArticleSchema),
});

/** The whole index, and each of its pieces: consecutive bulletins in the archive's order. */
export const ArchiveSchema = v.object({
  archiveVersion: v.literal(ARCHIVE_VERSION),
  bulletins: v.array(ArchiveBulletinSchema),
});

/**
 * The index's raw JSON per piece at most. At 10,000 bulletins the whole index
 * was 11 MB (1.05 MB gzipped, over what one page may fetch in one file); a
 * piece is about 1,250 bulletins, under 150 kB gzipped.
 */
export const ARCHIVE_PIECE_MAX_BYTES = 1_500_000;

export const ArchivePieceRefSchema = v.object({
  /** Under the site root, named by its content's hash (src/site-generator/data-paths.ts `HASHED_DATA_DIR`). */
  file: v.string(),
  bulletins: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/**
 * How many bulletins the archive's head lists in full: the archive page shows
 * these first, and loads the whole index only when the reader scrolls past
 * them. At least the archive list's VIRTUALISE_FROM (a test holds it), so an
 * archive small enough for the plain list is complete in its head.
 */
export const ARCHIVE_HEAD_COUNT = 60;

/**
 * The archive page's first file. At 1,000 bulletins the whole index is 1.2 MB:
 * parsing and checking it blocked the page for over a second on Lighthouse's
 * simulated phone. Every bulletin's article count comes along, so the list has
 * its full height from the start.
 */
export const ArchiveHeadSchema = v.object({
  archiveVersion: v.literal(ARCHIVE_VERSION),
  /** Every bulletin's number of articles, in the archive's order. */
  articleCounts: v.array(v.number()),
  /** The first ARCHIVE_HEAD_COUNT bulletins, as the whole index lists them. */
  bulletins: v.array(ArchiveBulletinSchema),
  /** The whole index in pieces, in order: the page reads those its reader scrolls to. */
  pieces: v.array(ArchivePieceRefSchema),
});

export type ArchiveArticle = v.InferOutput<typeof ArchiveArticleSchema>;
export type ArchiveBulletin = v.InferOutput<typeof ArchiveBulletinSchema>;
export type Archive = v.InferOutput<typeof ArchiveSchema>;
export type ArchiveHead = v.InferOutput<typeof ArchiveHeadSchema>;
export type ArchivePieceRef = v.InferOutput<typeof ArchivePieceRefSchema>;

export function archiveHead(archive: Archive, pieces: ArchivePieceRef[] = []): ArchiveHead {
  return {
    archiveVersion: archive.archiveVersion,
    articleCounts: archive.bulletins.map((b) => b.articles.length),
    bulletins: archive.bulletins.slice(0, ARCHIVE_HEAD_COUNT),
    pieces,
  };
}

/** The index in pieces of at most `maxBytes` of JSON each (a bulletin over it alone is a piece of its own), cut where the bulletins say (`cutRuns`). */
export function archivePieces(archive: Archive, maxBytes = ARCHIVE_PIECE_MAX_BYTES): Archive[] {
  return cutRuns(archive.bulletins, (b) => JSON.stringify(b).length + 1, (b) => b.id, maxBytes - PIECE_OVERHEAD).map((bulletins) => ({
    archiveVersion: archive.archiveVersion,
    bulletins,
  }));
}

/** A piece's own key and brackets. */
const PIECE_OVERHEAD = 40;

/** How many pieces, from the first, hold the bulletins up to `index` (0-based, in the archive's order). */
export function piecesUpTo(pieces: readonly ArchivePieceRef[], index: number): number {
  let seen = 0;
  for (let i = 0; i < pieces.length; i++) {
    seen += (pieces[i] as ArchivePieceRef).bulletins;
    if (seen > index) return i + 1;
  }
  return pieces.length;
}

/** Newest first; bulletins whose date was lost go last, then by issue and part. */
export function compareNewestFirst(
  a: Pick<Bulletin, "date" | "issue" | "part" | "id">,
  b: Pick<Bulletin, "date" | "issue" | "part" | "id">,
): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  const byIssue = (b.issue ?? -1) - (a.issue ?? -1);
  if (byIssue !== 0) return byIssue;
  const byPart = (b.part ?? -1) - (a.part ?? -1);
  if (byPart !== 0) return byPart;
  return a.id.localeCompare(b.id);
}

/** `sourceHashes`: bulletin id → `sourceHash`, when the caller read the source files. */
export function buildArchive(bulletins: readonly Bulletin[], sourceHashes?: ReadonlyMap<string, string>): Archive {
  return {
    archiveVersion: ARCHIVE_VERSION,
    bulletins: [...bulletins].sort(compareNewestFirst).map((b) => ({
      id: b.id,
      schemaVersion: b.schemaVersion,
      series: b.series,
      seriesCode: b.seriesCode,
      issue: b.issue,
      part: b.part,
      date: b.date,
      title: b.title,
      warningCount: b.warnings.length,
      ...(sourceHashes?.has(b.id) ? { sourceHash: sourceHashes.get(b.id) } : {}),
      articles: b.articles.map((a) => ({
        slug: a.slug,
        headline: a.headline,
        summary: a.summary,
        section: a.section,
        authors: a.authors.map((au) => ({ name: au.name, location: au.location })),
        date: a.issueTag?.date ?? b.date,
      })),
    })),
  };
}
