/**
 * Vite plugin: keeps the output folder between builds and brings it to what a
 * clean build would leave there, writing only what changed (ledger.ts).
 *
 * - Vite itself no longer empties the folder (`build.emptyOutDir: false` in
 *   vite.config.ts; `--emptyOutDir` still asks for a clean build, and then
 *   the ledger is forgotten). A folder with no ledger, whose content is
 *   unknown, is emptied here, as Vite did, if it lies inside the project.
 * - The data and prerender plugins ask this one for their writers
 *   (`outputWriter`), which skip unchanged files and remove those gone.
 * - The bundler's own files (scripts, styles, index.html, emitted assets) and
 *   the copied public folder are recorded after Vite wrote them; those of the
 *   last build it no longer makes (old hashed chunks) are removed at once,
 *   before the service worker's precache list is made from the folder.
 * - Last, the files of the last build this one did not make are removed, and
 *   the folders they leave empty: decided from the ledger, not by walking the
 *   folder (729,000 files at 10,000 bulletins, 43 s). The files a plugin
 *   writes on its own (the service worker's) lie at the folder's top, which
 *   alone is listed. Only after a build that did not finish (ledger.ts) is
 *   the whole folder walked, and any file no build made removed: what the
 *   killed build left behind. A file put into the folder by hand after a
 *   finished build is left there; `--emptyOutDir` builds clean.
 */
import { existsSync, readdirSync, rmdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import type { Plugin, ResolvedConfig } from "vite";
import { FileWriter } from "../file-writer.ts";
import { ledgerPath, OutputLedger } from "./ledger.ts";
import { buildPhases } from "../phases/build-phases.ts";

export const OUTPUT_PLUGIN_NAME = "bulletin-reader:output";

/** Where ledgers are kept: `OUTPUT_CACHE_DIR`, else `<root>/.cache/output` (gitignored; not in dist/, which is published). */
function ledgerDir(root: string): string {
  return process.env.OUTPUT_CACHE_DIR || path.join(root, ".cache", "output");
}

export interface OutputPluginApi {
  /** A writer for files under `dir`, skipping unchanged ones when `dir` is this build's output folder. */
  writer(dir: string, name: string): FileWriter;
  /** Where a record kept beside `dir`'s ledger lives (`<ledger>.<suffix>`), when `dir` is this build's output folder and it has one. */
  besideLedger(dir: string, suffix: string): string | undefined;
}

/** `OutputPluginApi.besideLedger`, or undefined in a build without the output plugin. */
export function fileBesideLedger(config: ResolvedConfig, dir: string, suffix: string): string | undefined {
  const api = config.plugins.find((p) => p.name === OUTPUT_PLUGIN_NAME)?.api as OutputPluginApi | undefined;
  return api?.besideLedger(dir, suffix);
}

/** The writer the output plugin gives for `dir`, or a plain one in a build without it (a test's own config). */
export function outputWriter(config: ResolvedConfig, dir: string, name: string): FileWriter {
  const api = config.plugins.find((p) => p.name === OUTPUT_PLUGIN_NAME)?.api as OutputPluginApi | undefined;
  return api ? api.writer(dir, name) : new FileWriter(dir);
}

/** Every file under `dir`, `/`-separated and relative to it. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

/** Every file and folder under `dir` in one walk, `/`-separated and relative to it. */
function entriesUnder(dir: string): { files: string[]; folders: string[] } {
  const files: string[] = [];
  const folders: string[] = [];
  if (!existsSync(dir)) return { files, folders };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const name = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (entry.isFile()) files.push(name);
    else if (entry.isDirectory()) folders.push(name);
  }
  return { files, folders };
}

/** Removes the folders under `dir` holding no file of `kept` (left empty by removed files), deepest first. */
function removeEmptyFolders(dir: string, folders: readonly string[], kept: readonly string[]): void {
  const holding = new Set<string>();
  for (const file of kept) {
    for (let slash = file.lastIndexOf("/"); slash > 0; slash = file.lastIndexOf("/", slash - 1)) {
      const folder = file.slice(0, slash);
      if (holding.has(folder)) break; // its parents are in already
      holding.add(folder);
    }
  }
  const empty = folders.filter((folder) => !holding.has(folder)).sort((a, b) => b.length - a.length);
  for (const folder of empty) {
    try {
      rmdirSync(path.join(dir, ...folder.split("/")));
    } catch {
      /* not empty after all (something other than a file, a link): left */
    }
  }
}

const inside = (parent: string, child: string) => {
  const relative = path.relative(parent, child);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
};

export function outputPlugin(): Plugin {
  let config: ResolvedConfig;
  let outDir = "";
  let ledger: OutputLedger | null = null;
  let started = 0;
  /** Whether this build has opened its ledger (or found it has none to open). */
  let opened = false;

  /** Opens the output folder's ledger once per build, and empties a folder of unknown content. */
  function open(): void {
    if (opened) return;
    opened = true;
    if (config.build.ssr || config.build.write === false) return;
    started = Date.now();
    outDir = path.resolve(config.root, config.build.outDir);
    // Timed: at 10,000 bulletins the record of 730,000 files takes seconds to read, before the bulletins are.
    ledger = buildPhases.time("output ledger read", () => OutputLedger.open(ledgerPath(ledgerDir(config.root), outDir), outDir));
    ledger.begin();
    if (config.build.emptyOutDir === true) ledger.forgetPrevious(); // Vite empties it
    else if (!ledger.hasPrevious && existsSync(outDir) && inside(config.root, outDir)) {
      for (const name of readdirSync(outDir)) rmSync(path.join(outDir, name), { recursive: true, force: true });
    }
    // While the data plugin reads the bulletins: its files and the pages are looked up in the ledger after.
    if (ledger.hasPrevious) ledger.checkAhead();
  }

  return {
    name: OUTPUT_PLUGIN_NAME,
    apply: "build",
    api: {
      writer(dir: string, name: string): FileWriter {
        open(); // the data plugin asks at its own buildStart, which may run before this plugin's
        return ledger && path.resolve(dir) === ledger.outDir ? new FileWriter(dir, { ledger, name }) : new FileWriter(dir);
      },
      besideLedger(dir: string, suffix: string): string | undefined {
        open();
        return ledger && path.resolve(dir) === ledger.outDir ? `${ledgerPath(ledgerDir(config.root), outDir)}.${suffix}` : undefined;
      },
    } satisfies OutputPluginApi,
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      open();
    },
    writeBundle: {
      order: "pre",
      async handler(_options, bundle) {
        if (!ledger) return;
        for (const fileName of Object.keys(bundle)) await ledger.adopt(fileName, "bundle");
        if (config.publicDir && config.build.copyPublicDir) {
          for (const fileName of filesUnder(config.publicDir)) {
            if (!ledger.has(fileName)) await ledger.adopt(fileName, "public");
          }
        }
        ledger.removeGone("bundle");
        ledger.removeGone("public");
      },
    },
    closeBundle: {
      order: "post",
      sequential: true,
      async handler(error?: Error) {
        const current = ledger;
        ledger = null;
        opened = false;
        if (!current || error) return; // the marker stays: the next build walks the folder
        if (current.abandoned) {
          // Not every build passes a failed writeBundle's error here: the writer said so itself.
          config.logger.warn(`output: the ${current.abandoned} were not all made; nothing removed from ${outDir} (the next build checks the whole folder)`);
          return;
        }
        buildPhases.lap("service worker");
        const sweepStarted = performance.now();
        let removed = 0;
        // Files written by a plugin on its own (the service worker's), at the folder's top: recorded.
        for (const entry of existsSync(outDir) ? readdirSync(outDir, { withFileTypes: true }) : []) {
          if (entry.isFile() && !current.has(entry.name) && statSync(path.join(outDir, entry.name)).mtimeMs >= started) {
            await current.adopt(entry.name, "other");
          }
        }
        // Then the last build's files this one did not make (whichever writer made them).
        current.removeGone();
        current.removeEmptyFolders();
        // After a build that did not finish, the folder may hold files that no ledger knows: walked, and
        // what this build did not make removed. Only from a folder that is the project's (inside its
        // root) or that an earlier build of ours filled: an --outDir pointed elsewhere may hold the user's own files.
        if (current.interrupted && (inside(config.root, outDir) || current.hasPrevious)) {
          const { files, folders } = entriesUnder(outDir);
          const kept: string[] = [];
          let removed = 0;
          for (const fileName of files) {
            if (current.has(fileName)) kept.push(fileName);
            else if (statSync(path.join(outDir, fileName)).mtimeMs >= started) {
              await current.adopt(fileName, "other");
              kept.push(fileName);
            } else {
              rmSync(path.join(outDir, fileName), { force: true });
              removed++;
            }
          }
          removeEmptyFolders(outDir, folders, kept);
          current.countRemoved(removed);
        }
        current.save();
        buildPhases.add("sweep", performance.now() - sweepStarted);
        const { written, unchanged, removed: gone } = current.counts;
        config.logger.info(`output: ${written} data and page files written, ${unchanged} unchanged since the last build (not written), ${gone} removed`);
        const phases = buildPhases.summary();
        if (phases) config.logger.info(phases);
      },
    },
  };
}
