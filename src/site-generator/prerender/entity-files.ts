/**
 * The person and place pages to prerender: one for every data file the search
 * build wrote (src/search/emit.ts), under the archive-wide id search
 * links to and under every other spelling's id that article panels link to
 * (a redirect file, whose page shows the same person and names the first as
 * canonical). Read back from the output folder, so a page exists exactly when
 * its data does.
 *
 * Of each file only what a page's description needs is kept, as soon as it
 * is read: the files are 25,000 at 1,000 bulletins and ten times that at
 * 10,000, and holding them all parsed until the pages were listed was
 * gigabytes of heap. Given each file's content hash (the data plugin's
 * `writtenHashes`), what was kept of it is stored in `cacheFile` and a later
 * build reads only the files whose content changed.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PersonPageData, PlacePageData, RedirectData } from "../../search/page-data.ts";
import { SAFE_SEGMENT } from "./html.ts";
import type { EntitySummary } from "./pages.ts";

type PageData = PersonPageData | PlacePageData | RedirectData;

/** What a page needs of its data file: whom it redirects to, or the entity's summary. */
type Kept = { to: string } | { id: string; name: string; roles: string[]; articleCount: number };

/** Bumped when `Kept` changes: a cache of another format is ignored. */
const CACHE_FORMAT = 1;

/** A data file's content hash by its name in the output folder (`data/people/x.json`), if known. */
export type DataHash = (fileName: string) => string | undefined;

function keep(data: PageData): Kept {
  if (data.kind === "redirect") return { to: data.to };
  const entity = data.kind === "person" ? data.person : data.place;
  const roles = data.kind === "person" ? data.person.roles.map((r) => r.role) : [];
  return { id: entity.id, name: entity.name, roles, articleCount: entity.articleCount };
}

function readFolder(outDir: string, folder: string, hashOf: DataHash, cached: ReadonlyMap<string, Kept>, next: Map<string, Kept>): Map<string, Kept> {
  const byId = new Map<string, Kept>();
  let names: string[];
  try {
    names = readdirSync(path.join(outDir, "data", folder));
  } catch {
    return byId; // no people or no places in this archive
  }
  for (const name of names) {
    const id = name.replace(/\.json$/, "");
    if (id === name || !SAFE_SEGMENT.test(id)) continue;
    const hash = hashOf(`data/${folder}/${name}`);
    let kept = hash === undefined ? undefined : cached.get(hash);
    kept ??= keep(JSON.parse(readFileSync(path.join(outDir, "data", folder, name), "utf8")) as PageData);
    if (hash !== undefined) next.set(hash, kept);
    byId.set(id, kept);
  }
  return byId;
}

function summaries(byId: Map<string, Kept>, kind: "person" | "place"): EntitySummary[] {
  const out: EntitySummary[] = [];
  for (const [id, kept] of byId) {
    const target = "to" in kept ? byId.get(kept.to) : kept;
    if (!target || "to" in target) continue;
    out.push({ kind, id, canonicalId: target.id, name: target.name, roles: target.roles, articleCount: target.articleCount });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function readCache(file: string | undefined): Map<string, Kept> {
  if (!file) return new Map();
  try {
    const record = JSON.parse(readFileSync(file, "utf8")) as { format: number; kept: Array<[string, Kept]> };
    return record.format === CACHE_FORMAT ? new Map(record.kept) : new Map();
  } catch {
    return new Map(); // none yet, or unreadable: every file is read
  }
}

/**
 * Every person and place page. `hashOf` and `cacheFile`: with both, files
 * whose content hash was seen by the last build are not read again.
 */
export function readEntityPages(outDir: string, hashOf: DataHash = () => undefined, cacheFile?: string): EntitySummary[] {
  const cached = readCache(cacheFile);
  const next = new Map<string, Kept>();
  const pages = [...summaries(readFolder(outDir, "people", hashOf, cached, next), "person"), ...summaries(readFolder(outDir, "places", hashOf, cached, next), "place")];
  // Written again only when it would say something else: every file found in it, and none of it unused, it is as it was (5 MB at 2,500 bulletins).
  const same = next.size === cached.size && [...next.keys()].every((hash) => cached.has(hash));
  if (cacheFile && next.size > 0 && !same) {
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ format: CACHE_FORMAT, kept: [...next] }));
    renameSync(temporary, cacheFile);
  }
  return pages;
}
