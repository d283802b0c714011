import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildSearchArchive } from "./archive.ts";
import { SearchEngine } from "./query.ts";
import { ShardedSearch } from "./sharded-search.ts";
import { buildShardFiles, MANIFEST_FILE, shardKeysFor } from "./shards.ts";
import { sampleArchive } from "./testing/bulletins.ts";

const archive = buildSearchArchive(sampleArchive());
const whole = new SearchEngine(JSON.parse(JSON.stringify(archive.index)));
const { files, manifest } = buildShardFiles(archive.records, (text) => createHash("sha256").update(text).digest("hex").slice(0, 12));
const byName = new Map(files.map((f) => [f.fileName, f.source]));

/** A sharded search over the built files, noting what it fetched. */
async function open() {
  const fetched: string[] = [];
  const search = await ShardedSearch.open(async (file) => {
    fetched.push(file);
    const source = byName.get(file);
    if (source === undefined) throw new Error(`no ${file}`);
    return JSON.parse(source);
  });
  return { search, fetched };
}

const ids = (r: { groups: Array<{ hits: Array<{ record: { id: string } }> }> }) => r.groups.map((g) => g.hits.map((h) => h.record.id));

describe("sharded search", () => {
  it.each(["Nazarbaev", "Nazarbayev", "nursultan nazarbaev", "Pashkevch", "Kazakstan", "Ust-Kamenogorsk", "Öskemen", "Pervomayskiy", "baracks conscripts", "flour mill", "Tokaeav", "Oksemen", "Gulnara Tkoayeva", "Pashk"])(
    "finds for %s what the whole index finds",
    async (query) => {
      const { search } = await open();
      const mine = await search.search(query);
      expect(mine.total).toBeGreaterThan(0);
      expect(ids(mine)).toEqual(ids(whole.search(query)));
    },
  );

  it("fetches the manifest, the shards of the query's words and the chunks of its candidates, nothing else", async () => {
    const { search, fetched } = await open();
    await search.search("Nazarbaev barracks");
    const shardFiles = new Set(Object.values(manifest.shards));
    const wanted = new Set(["nazarbaev", "barracks"].flatMap(shardKeysFor).map((k) => manifest.shards[k]));
    expect(fetched[0]).toBe(MANIFEST_FILE);
    const shardsFetched = fetched.filter((f) => shardFiles.has(f));
    expect(new Set(shardsFetched)).toEqual(new Set([...wanted].filter(Boolean)));
    expect(shardsFetched.length).toBeLessThan(shardFiles.size / 4);
    const folders = Object.values(manifest.groups).map((g) => `${g.folder}/`);
    for (const f of fetched.filter((f) => f !== MANIFEST_FILE && !shardFiles.has(f))) expect(folders.some((d) => f.startsWith(d))).toBe(true);
  });

  it("fetches each file once, however many keystrokes ask for it", async () => {
    const { search, fetched } = await open();
    for (const typed of ["Na", "Naz", "Naza", "Nazar", "Nazarb"]) await search.search(typed);
    expect(fetched.length).toBe(new Set(fetched).size);
  });

  it("finds nothing for gibberish and for one letter, fetching no shard for the letter", async () => {
    const { search, fetched } = await open();
    expect((await search.search("a")).total).toBe(0);
    expect(fetched).toEqual([MANIFEST_FILE]);
    expect((await search.search("xqzvw")).total).toBe(0);
  });
});
