/**
 * The person and place pages to prerender: one for every data file the search
 * build wrote (src/search/emit.ts), under the archive-wide id search
 * links to and under every other spelling's id that article panels link to
 * (a redirect file, whose page shows the same person and names the first as
 * canonical). Read back from the output folder, so a page exists exactly when
 * its data does.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PersonPageData, PlacePageData, RedirectData } from "../../search/page-data.ts";
import { SAFE_SEGMENT } from "./html.ts";
import type { EntitySummary } from "./pages.ts";

type PageData = PersonPageData | PlacePageData | RedirectData;

function readFolder(outDir: string, folder: string): Map<string, PageData> {
  const byId = new Map<string, PageData>();
  let names: string[];
  try {
    names = readdirSync(path.join(outDir, "data", folder));
  } catch {
    return byId; // no people or no places in this archive
  }
  for (const name of names) {
    const id = name.replace(/\.json$/, "");
    if (id === name || !SAFE_SEGMENT.test(id)) continue;
    byId.set(id, JSON.parse(readFileSync(path.join(outDir, "data", folder, name), "utf8")) as PageData);
  }
  return byId;
}

function summaries(byId: Map<string, PageData>, kind: "person" | "place"): EntitySummary[] {
  const out: EntitySummary[] = [];
  for (const [id, data] of byId) {
    const target = data.kind === "redirect" ? byId.get(data.to) : data;
    if (!target || target.kind === "redirect") continue;
    const entity = target.kind === "person" ? target.person : target.place;
    const roles = target.kind === "person" ? target.person.roles.map((r) => r.role) : [];
    out.push({ kind, id, canonicalId: entity.id, name: entity.name, roles, articleCount: entity.articleCount });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function readEntityPages(outDir: string): EntitySummary[] {
  return [...summaries(readFolder(outDir, "people"), "person"), ...summaries(readFolder(outDir, "places"), "place")];
}
