/**
 * Emitters turn the parsed bulletins into files. The plugin runs the built-in
 * ones (archive index, one JSON per bulletin) and any the caller adds (a search
 * index, a feed, CSVs) the same way: written as assets at build, served from
 * memory in dev.
 */
import type { Bulletin } from "../parser/model/index.ts";
import { archiveHead, archivePieces, buildArchive } from "./archive-index.ts";
import { ARCHIVE_HEAD_FILE, HASHED_DATA_DIR, bulletinFile, bulletinIdOfFile } from "./data-paths.ts";
import { hashedDataFile } from "./hashed-file.ts";
import { buildPhases } from "./phases/build-phases.ts";

export interface EmittedFile {
  /** Path under the site root, without a leading slash: `data/archive.json`. */
  fileName: string;
  source: string;
  /**
   * When known: `outputHash(source)` (output/ledger.ts), the hash the output
   * ledger records, so the build need not read the text to hash it again
   * (src/emit-cache/ gives back kept files with theirs).
   */
  readonly hash?: string;
}

/** Whether the build's output already holds `file` as it is (`runEmitters`). */
export type SettledFile = (fileName: string, file: EmittedFile) => boolean;

/** What the plugin knows beside the parsed bulletins. */
export interface EmitContext {
  /** Bulletin id → content hash of its source text (`contentHashSync`, src/import/hash-node.ts). */
  sourceHashes: ReadonlyMap<string, string>;
  /**
   * In a build with a parse cache: bulletin id → a key of everything that
   * decides its parse (file name, text, the decoding's warning, the parser's
   * version). Two builds that give a bulletin the same key give it the same
   * content, so what was made of it alone may be kept by this key.
   */
  bulletinKeys?: ReadonlyMap<string, string>;
}

export interface BulletinEmitter {
  (bulletins: Bulletin[], context?: EmitContext): EmittedFile[];
  /**
   * Which files it makes, so the dev server runs it only when one of them is
   * asked for (src/site-generator/dev/). An emitter without it is run over the
   * whole archive the first time the dev server looks a file up.
   */
  makes?: EmitterFiles;
}

export interface EmitterFiles {
  /** Whether `fileName` (as in EmittedFile) is one of this emitter's. */
  has(fileName: string): boolean;
  /**
   * For an emitter whose files each come from one bulletin: the bulletin id
   * `fileName` belongs to. The dev server then runs it over that bulletin
   * alone, which must give the same file as the run over the whole archive.
   */
  bulletinOf?(fileName: string): string | undefined;
  /**
   * It reads no more of a bulletin than its summary holds (src/site-generator/dev/summary.ts):
   * the dev server runs it before it has read every bulletin in full.
   */
  fromSummaries?: boolean;
  /**
   * Each of its files comes from one bulletin (`bulletinOf` names it), and
   * from nothing but that bulletin, the build's code and `settings`: a
   * rebuild makes no file of a bulletin unchanged since the last build
   * whose files the output folder still holds (`EmitReuse`).
   */
  perBulletin?: { settings: string };
}

/**
 * A build's reuse of the files per-bulletin emitters made in the last one
 * (bulletins-plugin.ts, with output/bulletin-outputs.ts).
 */
export interface EmitReuse {
  /** The files `emitter` made from `bulletin` in the last build, if the output folder still holds each as it left it. */
  kept(emitter: BulletinEmitter, bulletin: Bulletin): readonly (readonly [fileName: string, hash: string])[] | undefined;
  /** Records kept files as this build's, once their emitter has run. */
  keep(files: readonly (readonly [fileName: string, hash: string])[]): void;
  /** The files `emitter` made from `bulletin` in this build (every one `settled` has seen). */
  made(emitter: BulletinEmitter, bulletin: Bulletin, fileNames: readonly string[]): void;
}

/** `emitter`, saying which files it makes (see `BulletinEmitter.makes`). */
export function makingFiles(emitter: (bulletins: Bulletin[], context?: EmitContext) => EmittedFile[], makes: EmitterFiles): BulletinEmitter {
  const declared = (bulletins: Bulletin[], context?: EmitContext) => emitter(bulletins, context);
  // Its name is the build's phase name (runEmitters).
  Object.defineProperty(declared, "name", { value: emitter.name });
  return Object.assign(declared, { makes });
}

/** Files whose name starts with `prefix` and ends with `suffix`. */
export const filesUnder = (prefix: string, suffix = ""): ((fileName: string) => boolean) => (fileName) =>
  fileName.startsWith(prefix) && fileName.endsWith(suffix);

/** The archive index's pieces are `data/h/archive-<hash>.json`. */
const ARCHIVE_PIECE_KIND = "archive";

const NO_CONTEXT: EmitContext = { sourceHashes: new Map() };

/** The archive's head, and the whole index in pieces named by their content (src/site-generator/archive-index.ts). */
export const archiveEmitter: BulletinEmitter = makingFiles(function archiveEmitter(bulletins, context = NO_CONTEXT) {
  const archive = buildArchive(bulletins, context.sourceHashes);
  const files: EmittedFile[] = [];
  const refs = archivePieces(archive).map((piece) => {
    const source = JSON.stringify(piece);
    const fileName = hashedDataFile(ARCHIVE_PIECE_KIND, source);
    files.push({ fileName, source });
    return { file: fileName, bulletins: piece.bulletins.length };
  });
  return [{ fileName: ARCHIVE_HEAD_FILE, source: JSON.stringify(archiveHead(archive, refs)) }, ...files];
}, { has: (f) => f === ARCHIVE_HEAD_FILE || filesUnder(`${HASHED_DATA_DIR}/${ARCHIVE_PIECE_KIND}-`, ".json")(f), fromSummaries: true });

export const bulletinFilesEmitter: BulletinEmitter = makingFiles(
  function bulletinFilesEmitter(bulletins) {
    return bulletins.map((b) => ({ fileName: bulletinFile(b.id), source: JSON.stringify(b) }));
  },
  { has: (f) => bulletinIdOfFile(f) !== undefined, bulletinOf: bulletinIdOfFile, perBulletin: { settings: "" } },
);

export const builtInEmitters: readonly BulletinEmitter[] = [archiveEmitter, bulletinFilesEmitter];

/**
 * Runs every emitter; an emitter that throws is reported and the rest still
 * run. `settled(fileName, file)`, when given, sees each file as its emitter
 * returns it, and a file it answers true for is not kept (a build's file the
 * last build left as it is): holding every emitter's files until the last
 * had run was gigabytes at 10,000 bulletins. It reads a file's `source` only
 * when it lacks a `hash`, and the text of a settled file is not read here.
 *
 * With `reuse`, a per-bulletin emitter (`EmitterFiles.perBulletin`) runs only
 * over the bulletins whose last files `reuse` does not hold; what it makes is
 * recorded by bulletin, unless a file belongs to none of them (then nothing
 * of it is recorded, and the next build makes them all).
 */
export function runEmitters(
  emitters: readonly BulletinEmitter[],
  bulletins: Bulletin[],
  report: (message: string) => void,
  context: EmitContext = NO_CONTEXT,
  settled?: SettledFile,
  reuse?: EmitReuse,
): Map<string, string> {
  const files = new Map<string, string>();
  for (const emit of emitters) {
    try {
      const bulletinOf = emit.makes?.perBulletin && reuse ? emit.makes.bulletinOf : undefined;
      let input = bulletins;
      const kept: Array<readonly [string, string]> = [];
      if (bulletinOf && reuse) {
        input = [];
        buildPhases.time("data reused", () => {
          for (const b of bulletins) {
            const last = reuse.kept(emit, b);
            if (last) kept.push(...last);
            else input.push(b);
          }
        });
      }
      let emitted: EmittedFile[] | null = buildPhases.time(emit.name || "other emitters", () => emit(input, context));
      const madeBy = bulletinOf ? new Map(input.map((b) => [b.id, [] as string[]])) : undefined;
      let unowned = false;
      for (const f of emitted) {
        const fileName = f.fileName.replace(/^\/+/, "");
        files.delete(fileName); // a later emitter's file of the same name wins, settled or not
        if (!settled?.(fileName, f)) files.set(fileName, f.source);
        if (bulletinOf && madeBy) {
          const id = bulletinOf(fileName);
          const list = id === undefined ? undefined : madeBy.get(id);
          if (list) list.push(fileName);
          else unowned = true;
        }
      }
      emitted = null;
      if (reuse && madeBy) {
        reuse.keep(kept);
        if (!unowned) for (const b of input) reuse.made(emit, b, madeBy.get(b.id)!);
      }
    } catch (error) {
      report(`emitter ${emit.name || "(anonymous)"} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return files;
}
