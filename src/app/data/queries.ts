/**
 * Query keys and query options for the data files. Loaders prefetch with
 * `queryClient.ensureQueryData(…)`; components read with `useSuspenseQuery(…)`.
 */
import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { BulletinSchema, SCHEMA_VERSION } from "../../parser/model/schema.ts";
import {
  ARCHIVE_VERSION,
  ArchiveHeadSchema,
  ArchiveSchema,
  type Archive,
  type ArchiveBulletin,
  type ArchivePieceRef,
} from "../../site-generator/archive-index.ts";
import { ARCHIVE_HEAD_FILE, bulletinFile } from "../../site-generator/data-paths.ts";
import { fetchJson } from "./fetch-json.ts";
import { MissingFileError, NetworkError, NotFoundError, NotJsonError } from "./errors.ts";
import { importedBulletin, listImports, withImports } from "../import/imports-data.ts";
import type { ImportListing } from "../../import/store.ts";

const dataUrl = (file: string) => `${import.meta.env.BASE_URL}${file}`;

export const dataKeys = {
  all: ["data"] as const,
  archive: () => [...dataKeys.all, "archive"] as const,
  /** A piece of the index, by its content-named file: the same under every key that asks for it. */
  archivePiece: (file: string) => [...dataKeys.all, "archive", "piece", file] as const,
  bulletin: (bulletinId: string) => [...dataKeys.all, "bulletin", bulletinId] as const,
};

const archiveVersion = { field: "archiveVersion", expected: ARCHIVE_VERSION };

const fetchHead = (signal?: AbortSignal) =>
  fetchJson(dataUrl(ARCHIVE_HEAD_FILE), { schema: ArchiveHeadSchema, sliced: ["bulletins"], version: archiveVersion, signal });

/** One piece of the index (consecutive bulletins); named by its content, so kept for the visit once here. */
export const archivePieceQuery = (file: string) =>
  queryOptions({
    queryKey: dataKeys.archivePiece(file),
    queryFn: ({ signal }) => fetchJson(dataUrl(file), { schema: ArchiveSchema, sliced: ["bulletins"], version: archiveVersion, signal }),
    staleTime: Infinity,
  });

/**
 * The whole archive index from its pieces (the head lists them), with the
 * bulletins imported in this browser (src/app/import/) merged in.
 */
async function fetchArchive(queryClient: QueryClient, signal?: AbortSignal, imports?: ImportListing): Promise<Archive> {
  const head = await fetchHead(signal);
  const pieces = await Promise.all(head.pieces.map((p) => queryClient.fetchQuery(archivePieceQuery(p.file))));
  return withImports({ archiveVersion: head.archiveVersion, bulletins: pieces.flatMap((p) => p.bulletins) }, imports);
}

export const archiveQuery = () =>
  queryOptions({
    queryKey: dataKeys.archive(),
    queryFn: ({ signal, client }) => fetchArchive(client, signal),
  });

/** What the archive page lists: its first bulletins, or all of them. */
export interface ArchivePage {
  /** The bulletins loaded so far, from the newest; `articleCounts` has one per bulletin of the archive. */
  bulletins: ArchiveBulletin[];
  articleCounts: number[];
  complete: boolean;
  /** The index's pieces, to read as the reader scrolls (none when `complete`). */
  pieces: ArchivePieceRef[];
}

export function wholeArchivePage(archive: Archive): ArchivePage {
  return { bulletins: archive.bulletins, articleCounts: archive.bulletins.map((b) => b.articles.length), complete: true, pieces: [] };
}

/**
 * The archive page's first data: the archive's head (src/site-generator/archive-index.ts
 * `archiveHead`), not the whole index. With bulletins imported in this browser,
 * which sort in among the built ones, the whole index merged with them.
 */
export const archivePageQuery = () =>
  queryOptions({
    queryKey: [...dataKeys.archive(), "page"] as const,
    queryFn: async ({ signal, client }): Promise<ArchivePage> => {
      const imports = await listImports();
      if (imports.records.length > 0) return wholeArchivePage(await fetchArchive(client, signal, imports));
      const head = await fetchHead(signal);
      const complete = head.bulletins.length >= head.articleCounts.length;
      return { bulletins: head.bulletins, articleCounts: head.articleCounts, complete, pieces: complete ? [] : head.pieces };
    },
  });

/** The URL of a bulletin's own file. */
export const bulletinUrl = (bulletinId: string): string => dataUrl(bulletinFile(bulletinId));

export const bulletinQuery = (bulletinId: string) =>
  queryOptions({
    queryKey: dataKeys.bulletin(bulletinId),
    queryFn: async ({ signal }) =>
      (await importedBulletin(bulletinId)) ??
      fetchJson(bulletinUrl(bulletinId), {
        schema: BulletinSchema,
        sliced: ["articles", "people", "places"], // the bulk of a bulletin's file
        version: { field: "schemaVersion", expected: SCHEMA_VERSION },
        signal,
      }),
  });

/**
 * Loads a bulletin. The archive index is asked only when its file cannot be
 * had: an id the archive does not list is then a clean "not found", whatever
 * the server answered for the missing file; a listed one keeps its own error
 * (a broken deploy or a lost connection, with a retry). A bulletin page needs no archive index
 * otherwise, and at 1,000 bulletins that index is megabytes.
 */
export async function ensureBulletin(queryClient: QueryClient, bulletinId: string) {
  try {
    return await queryClient.ensureQueryData(bulletinQuery(bulletinId));
  } catch (error) {
    if (error instanceof MissingFileError || error instanceof NotJsonError || error instanceof NetworkError) {
      // The index may be unreachable too: then the bulletin's own error is the one to show.
      const archive = await queryClient.ensureQueryData(archiveQuery()).catch(() => null);
      if (archive && !archive.bulletins.some((b) => b.id === bulletinId)) {
        throw new NotFoundError(`There is no bulletin “${bulletinId}” in the archive.`, bulletinId);
      }
    }
    throw error;
  }
}
