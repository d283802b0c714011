/**
 * Emitters turn the parsed bulletins into files. The plugin runs the built-in
 * ones (archive index, one JSON per bulletin) and any the caller adds (a search
 * index, a feed, CSVs) the same way: written as assets at build, served from
 * memory in dev.
 */
import type { Bulletin } from "../parser/model/index.ts";
import { archiveHead, archivePieces, buildArchive } from "./archive-index.ts";
import { ARCHIVE_HEAD_FILE, bulletinFile } from "./data-paths.ts";
import { hashedDataFile } from "./hashed-file.ts";
import { buildPhases } from "./phases/build-phases.ts";

export interface EmittedFile {
  /** Path under the site root, without a leading slash: `data/archive.json`. */
  fileName: string;
  source: string;
}

/** What the plugin knows beside the parsed bulletins. */
export interface EmitContext {
  /** Bulletin id → content hash of its source text (`contentHashSync`, src/import/hash-node.ts). */
  sourceHashes: ReadonlyMap<string, string>;
}

export type BulletinEmitter = (bulletins: Bulletin[], context?: EmitContext) => EmittedFile[];

const NO_CONTEXT: EmitContext = { sourceHashes: new Map() };

/** The archive's head, and the whole index in pieces named by their content (src/site-generator/archive-index.ts). */
export const archiveEmitter: BulletinEmitter = (bulletins, context = NO_CONTEXT) => {
  const archive = buildArchive(bulletins, context.sourceHashes);
  const files: EmittedFile[] = [];
  const refs = archivePieces(archive).map((piece) => {
    const source = JSON.stringify(piece);
    const fileName = hashedDataFile("archive", source);
    files.push({ fileName, source });
    return { file: fileName, bulletins: piece.bulletins.length };
  });
  return [{ fileName: ARCHIVE_HEAD_FILE, source: JSON.stringify(archiveHead(archive, refs)) }, ...files];
};

export const bulletinFilesEmitter: BulletinEmitter = (bulletins) =>
  bulletins.map((b) => ({ fileName: bulletinFile(b.id), source: JSON.stringify(b) }));

export const builtInEmitters: readonly BulletinEmitter[] = [archiveEmitter, bulletinFilesEmitter];

/**
 * Runs every emitter; an emitter that throws is reported and the rest still
 * run. `settled(fileName, source)`, when given, sees each file as its emitter
 * returns it, and a file it answers true for is not kept (a build's file the
 * last build left as it is): holding every emitter's files until the last
 * had run was gigabytes at 10,000 bulletins.
 */
export function runEmitters(
  emitters: readonly BulletinEmitter[],
  bulletins: Bulletin[],
  report: (message: string) => void,
  context: EmitContext = NO_CONTEXT,
  settled?: (fileName: string, source: string) => boolean,
): Map<string, string> {
  const files = new Map<string, string>();
  for (const emit of emitters) {
    try {
      let emitted: EmittedFile[] | null = buildPhases.time(emit.name || "other emitters", () => emit(bulletins, context));
      for (const f of emitted) {
        const fileName = f.fileName.replace(/^\/+/, "");
        files.delete(fileName); // a later emitter's file of the same name wins, settled or not
        if (!settled?.(fileName, f.source)) files.set(fileName, f.source);
      }
      emitted = null;
    } catch (error) {
      report(`emitter ${emit.name || "(anonymous)"} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return files;
}
