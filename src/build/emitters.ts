/**
 * Emitters turn the parsed bulletins into files. The plugin runs the built-in
 * ones (archive index, one JSON per bulletin) and any the caller adds (a search
 * index, a feed, CSVs) the same way: written as assets at build, served from
 * memory in dev.
 */
import type { Bulletin } from "../parser/model/index.ts";
import { buildArchive } from "./archive-index.ts";
import { ARCHIVE_FILE, bulletinFile } from "./data-paths.ts";

export interface EmittedFile {
  /** Path under the site root, without a leading slash: `data/archive.json`. */
  fileName: string;
  source: string;
}

export type BulletinEmitter = (bulletins: Bulletin[]) => EmittedFile[];

export const archiveEmitter: BulletinEmitter = (bulletins) => [
  { fileName: ARCHIVE_FILE, source: JSON.stringify(buildArchive(bulletins)) },
];

export const bulletinFilesEmitter: BulletinEmitter = (bulletins) =>
  bulletins.map((b) => ({ fileName: bulletinFile(b.id), source: JSON.stringify(b) }));

export const builtInEmitters: readonly BulletinEmitter[] = [archiveEmitter, bulletinFilesEmitter];

/** Runs every emitter; an emitter that throws is reported and the rest still run. */
export function runEmitters(
  emitters: readonly BulletinEmitter[],
  bulletins: Bulletin[],
  report: (message: string) => void,
): Map<string, string> {
  const files = new Map<string, string>();
  for (const emit of emitters) {
    try {
      for (const f of emit(bulletins)) files.set(f.fileName.replace(/^\/+/, ""), f.source);
    } catch (error) {
      report(`emitter ${emit.name || "(anonymous)"} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return files;
}
