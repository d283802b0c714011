import { describe, expect, it } from "vitest";
import { sampleArchive } from "./testing/bulletins.ts";
import { createGazetteer } from "../gazetteer/index.ts";
import { searchEmitter } from "./emit.ts";
import { PAGE_DATA_VERSION } from "./page-data.ts";
import { SHARD_INDEX_VERSION } from "./shards.ts";

describe("searchEmitter", () => {
  const files = new Map(searchEmitter(sampleArchive(), undefined, createGazetteer(null)).map((f) => [f.fileName, JSON.parse(f.source)]));

  it("writes the search index as shards behind a manifest, each named by its content", () => {
    const manifest = files.get("data/search/manifest.json");
    expect(manifest).toMatchObject({ version: SHARD_INDEX_VERSION, prefixLength: 2 });
    const shardNames = Object.values(manifest.shards) as string[];
    expect(shardNames.length).toBeGreaterThan(10);
    for (const name of shardNames) expect(files.has(name)).toBe(true);
    // The Kazakhstan shard holds the place under its folded name, whatever the bulletin's spelling.
    const kz = files.get(manifest.shards.ka);
    expect(kz.place.map((e: [string]) => e[0])).toContain("kazakstan");
    expect(files.has("data/search-index.json")).toBe(false);
  });

  it("writes a place page with an offline locator map of its region", () => {
    const page = files.get("data/places/oskemen.json");
    expect(page.place.name).toBe("Oskemen");
    expect(page.place.map.shapes.find((s: { home: boolean }) => s.home)?.name).toBe("Kazakhstan");
    expect(page.place.map.dot).toEqual({ x: 120, y: 80 });
    // Small enough to ship per page.
    expect(JSON.stringify(page.place.map).length).toBeLessThan(20_000);
  });

  it("writes no map for a place without coordinates", () => {
    expect(files.get("data/places/pervomaiski.json").place.map).toBeNull();
  });

  it("redirects other spellings to the merged page", () => {
    expect(files.get("data/places/ust-kamenogorsk.json")).toEqual({ version: PAGE_DATA_VERSION, kind: "redirect", to: "oskemen" });
  });
});
