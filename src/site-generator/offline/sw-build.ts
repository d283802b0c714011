/**
 * Writes the service worker (sw.js and Workbox's runtime file beside it) as
 * Workbox's generateSW does, but bundles it only when its code changed.
 *
 * generateSW fills a template with the precache list and the scripts the
 * worker imports, then bundles the result with Rollup, Babel and Terser: about
 * 2 s of every build, the same work each time. Of what goes into the
 * template only the precache list and the imported scripts change from build
 * to build (the data script is named for the data version, and the list names
 * it and the assets). So the template is filled with a marker for each; its
 * bundle is kept in the cache folder, keyed by a hash of the filled template
 * and of everything else that decides the bundle (its options, the lockfile,
 * which pins Workbox, Rollup and Babel); the real list and scripts are put in
 * place of the markers in the bundled code. A clean build goes the same way
 * (bundle, then put in), so a rebuild's worker is the clean build's, byte for
 * byte.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { GenerateSWOptions, ManifestEntry } from "workbox-build";
import { bundle } from "workbox-build/build/lib/bundle.js";
import { getFileManifestEntries } from "workbox-build/build/lib/get-file-manifest-entries.js";
import { populateSWTemplate } from "workbox-build/build/lib/populate-sw-template.js";
import { validateGenerateSWOptions } from "workbox-build/build/lib/validate-options.js";

/** String literals the bundler keeps as they are; each must be found exactly once in the bundled worker. */
const PRECACHE_MARKER = "__bulletin_sw_precache__";
const IMPORTS_MARKER = "__bulletin_sw_import_scripts__";

/** Bumped when what this module puts into the cached bundle changes. */
const CACHE_FORMAT = 1;

export interface ServiceWorkerBuild {
  /** The files written, relative to the worker's folder. */
  files: string[];
  /** Whether the bundle came from the cache. */
  cached: boolean;
  /** Workbox's warnings (a file left out of the precache for its size). */
  warnings: string[];
}

/**
 * `options` as generateSW takes them (swDest and globDirectory required);
 * `cacheDir` keeps the bundles; `lockfile` is hashed into the key.
 */
export async function buildServiceWorker(
  options: GenerateSWOptions & { globDirectory: string },
  { cacheDir, lockfile }: { cacheDir: string; lockfile: string },
): Promise<ServiceWorkerBuild> {
  const resolved = validateGenerateSWOptions(options);
  const { manifestEntries, warnings } = await getFileManifestEntries({ ...resolved, globDirectory: options.globDirectory });
  const importScripts = resolved.importScripts ?? [];

  // The marker list: non-empty for the template's "is there anything to precache" check, and
  // serialised as the marker string itself.
  const precacheMarker = Object.assign([{ url: PRECACHE_MARKER, revision: null }], { toJSON: () => PRECACHE_MARKER });
  const unbundledCode = populateSWTemplate({
    ...resolved,
    importScripts: importScripts.length > 0 ? [IMPORTS_MARKER] : undefined,
    manifestEntries: manifestEntries.length > 0 ? (precacheMarker as ManifestEntry[]) : [],
  });
  const bundleOptions = {
    babelPresetEnvTargets: resolved.babelPresetEnvTargets,
    inlineWorkboxRuntime: resolved.inlineWorkboxRuntime,
    mode: resolved.mode,
    sourcemap: resolved.sourcemap,
  };
  const swDest = path.resolve(resolved.swDest);
  const key = createHash("sha256")
    .update(JSON.stringify({ CACHE_FORMAT, bundleOptions, name: path.basename(swDest) }))
    .update("\0")
    .update(existsSync(lockfile) ? readFileSync(lockfile) : "no lockfile")
    .update("\0")
    .update(unbundledCode)
    .digest("hex")
    .slice(0, 24);
  const cacheFile = path.join(cacheDir, `sw-${key}.json`);

  let files: Array<{ name: string; contents: string }> | undefined;
  let cached = false;
  if (existsSync(cacheFile)) {
    try {
      files = JSON.parse(readFileSync(cacheFile, "utf8")) as Array<{ name: string; contents: string }>;
      cached = true;
    } catch {
      files = undefined; // a torn file: bundled again below
    }
  }
  if (!files) {
    const bundled = await bundle({ ...bundleOptions, swDest, unbundledCode });
    files = bundled.map((file) => ({
      name: path.relative(path.dirname(swDest), file.name),
      contents: typeof file.contents === "string" ? file.contents : Buffer.from(file.contents).toString("utf8"),
    }));
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(files));
    renameSync(partial, cacheFile);
    // The bundles of older code or lockfiles are not asked for again.
    for (const name of readdirSync(cacheDir)) {
      if (name.startsWith("sw-") && name.endsWith(".json") && name !== path.basename(cacheFile)) rmSync(path.join(cacheDir, name), { force: true });
    }
  }

  const dir = path.dirname(swDest);
  for (const file of files) {
    let contents = file.contents;
    if (file.name === path.basename(swDest)) {
      if (manifestEntries.length > 0) contents = putInPlace(contents, PRECACHE_MARKER, JSON.stringify(manifestEntries));
      if (importScripts.length > 0) contents = putInPlace(contents, IMPORTS_MARKER, importScripts.map((s) => JSON.stringify(s)).join(","));
    }
    mkdirSync(path.dirname(path.join(dir, file.name)), { recursive: true });
    writeFileSync(path.join(dir, file.name), contents);
  }
  return { files: files.map((f) => f.name), cached, warnings };
}

/** Replaces the string literal `marker` (either quote) by `code`; the marker must be there once. */
function putInPlace(bundled: string, marker: string, code: string): string {
  const literal = new RegExp(`(["'\`])${marker}\\1`, "g");
  const found = bundled.match(literal)?.length ?? 0;
  if (found !== 1) throw new Error(`service worker: the bundled code holds ${marker} ${found} times, not once (did Workbox's template change?)`);
  return bundled.replace(literal, () => code);
}
