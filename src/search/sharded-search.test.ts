import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildSearchArchive } from "./archive.ts";
import { SearchEngine } from "./query.ts";
import { ShardedSearch } from "./sharded-search.ts";
import { buildShardFiles, MANIFEST_FILE, RECORDS_PER_BUCKET, shardKeyIn, slipKeys, type ShardManifest } from "./shards.ts";
import { sampleArchive } from "./testing/bulletins.ts";

const archive = buildSearchArchive(sampleArchive());
const whole = new SearchEngine(JSON.parse(JSON.stringify(archive.index)));
const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 12);
const built = buildShardFiles(archive.records, hash);
/** The same records with shards split at 40 bytes (the sample's biggest is ~120): its biggest keys run to three letters and more. */
const splitBuilt = buildShardFiles(archive.records, hash, { splitBytes: 40 });

/** A sharded search over the built files, noting what it fetched. */
async function open({ files } = built, options: { cacheBytes?: number } = {}) {
  const byName = new Map(files.map((f) => [f.fileName, f.source]));
  const fetched: string[] = [];
  const search = await ShardedSearch.open(async (file) => {
    fetched.push(file);
    const source = byName.get(file);
    if (source === undefined) throw new Error(`no ${file}`);
    return source;
  }, options);
  return { search, fetched };
}

const ids = (r: { groups: Array<{ hits: Array<{ record: { id: string } }> }> }) => r.groups.map((g) => g.hits.map((h) => h.record.id));
const shardFileOf = (manifest: ShardManifest, word: string) => manifest.shards[shardKeyIn(word, new Set(manifest.split))];
const QUERIES = ["Nazarbaev", "Nazarbayev", "nursultan nazarbaev", "Pashkevch", "Kazakstan", "Ust-Kamenogorsk", "Öskemen", "Pervomayskiy", "baracks conscripts", "flour mill", "Tokaeav", "Oksemen", "Gulnara Tkoayeva", "Pashk", "Nzaarbaev"];

describe("sharded search", () => {
  it.each(QUERIES)("finds for %s what the whole index finds", async (query) => {
    const { search } = await open();
    const mine = await search.search(query);
    expect(mine.total).toBeGreaterThan(0);
    expect(ids(mine)).toEqual(ids(whole.search(query)));
  });

  // Not "Pashk": its letters are a split key there, whose own shard keeps only its commonest longer words (none fit in 40 bytes);
  // nor "Nzaarbaev": folded "nzarbaev", a swap and a doubled letter, which lands two letters off Nazarbaev's six-letter key.
  it.each(QUERIES.filter((q) => q !== "Pashk" && q !== "Nzaarbaev"))("finds for %s the same over shards split by more letters", async (query) => {
    expect(splitBuilt.manifest.split.length).toBeGreaterThan(5);
    const { search } = await open(splitBuilt);
    expect(ids(await search.search(query))).toEqual(ids(whole.search(query)));
  });

  it("finds a name with a letter left out inside a split key, from every shard of its first two letters", async () => {
    // "Nazrbaev" is under "nazr" there, Nazarbaev under "nazarb": no swap or extra letter leads from one to the other.
    const split = new Set(splitBuilt.manifest.split);
    expect(slipKeys("nazrbaev", split)).not.toContain(shardKeyIn("nazarbaev", split));
    const { search } = await open(splitBuilt);
    const mine = await search.search("Nazrbaev");
    expect(mine.groups.find((g) => g.kind === "person")?.hits[0]?.record).toMatchObject({ name: expect.stringMatching(/Nazarba(y)?ev/) });
    expect(ids(mine)).toEqual(ids(whole.search("Nazrbaev")));
  });

  it("fetches the manifest, the shards of the query's words and the chunks of its candidates, nothing else", async () => {
    const { manifest } = built;
    const { search, fetched } = await open();
    await search.search("Nazarbaev barracks");
    const shardFiles = new Set(Object.values(manifest.shards));
    // Both words are spelled right: the shards their typos would point to are not fetched.
    const wanted = new Set(["nazarbaev", "barracks"].map((w) => shardFileOf(manifest, w)));
    expect(fetched[0]).toBe(MANIFEST_FILE);
    const shardsFetched = fetched.filter((f) => shardFiles.has(f));
    expect(new Set(shardsFetched)).toEqual(wanted);
    const folders = Object.values(manifest.groups).flatMap((g) => g.folders.filter((f) => f !== "").map((f) => `${f}/`));
    for (const f of fetched.filter((f) => f !== MANIFEST_FILE && !shardFiles.has(f))) expect(folders.some((d) => f.startsWith(d))).toBe(true);
  });

  it("fetches the shards a slip in a word's first letters points to only when its own shard has nothing close", async () => {
    const { manifest } = built;
    const { search, fetched } = await open();
    // "Nzaarbaev": the second and third letters swapped, so its own shard is "nz"; Nazarbaev's is "na".
    const result = await search.search("Nzaarbaev");
    expect(result.groups.find((g) => g.kind === "person")?.hits[0]?.record).toMatchObject({ name: expect.stringMatching(/Nazarba(y)?ev/) });
    const split = new Set(manifest.split);
    const allowed = new Set([shardKeyIn("nzaarbaev", split), ...slipKeys("nzaarbaev", split)].map((k) => manifest.shards[k]));
    const shardsFetched = new Set(fetched.filter((f) => Object.values(manifest.shards).includes(f)));
    expect(shardsFetched.has(shardFileOf(manifest, "nazarbaev") as string)).toBe(true);
    for (const f of shardsFetched) expect(allowed.has(f), f).toBe(true);
  });

  it("fetches the records of only as many candidates as it shows while the word being typed has three letters or fewer", async () => {
    // Two hundred quotes that all hold the same word: a prefix of it matches every one.
    const quote = Array.from({ length: 200 }, (_, i) => ({
      kind: "quote" as const,
      id: `b/${i}#q1`,
      text: `The harvest in Karaganda failed again, said farmer number ${i}.`,
      speaker: "A farmer",
      headline: "Harvest",
      date: null,
      href: `/b/${i}#q1`,
    }));
    const many = buildShardFiles({ person: [], place: [], quote, article: [] }, hash);
    const chunksFetched = async (query: string) => {
      const { search, fetched } = await open(many);
      await search.search(query, { limit: 1 });
      return new Set(fetched.filter((f) => many.manifest.groups.quote.folders.some((folder) => f.startsWith(`${folder}/`)))).size;
    };
    // Two candidates (one shown, one to say there are more): one chunk of four records.
    expect(await chunksFetched("kar")).toBe(1);
    // A longer word is looked up in full: FETCHED_CANDIDATES (16) candidates, four chunks.
    expect(await chunksFetched("kara")).toBe(4);
  });

  it("renames only the chunks of the bucket an edited or added bulletin is in, and finds records in every bucket", async () => {
    // One quote a bulletin, enough bulletins for four buckets.
    const quote = (i: number, text = `Record ${i} of the archive, word${i}x.`) => ({
      kind: "quote" as const,
      id: `b${i}/story#q1`,
      text,
      speaker: "A clerk",
      headline: "Records",
      date: null,
      href: `/b${i}/story#q1`,
    });
    const count = RECORDS_PER_BUCKET * 3 + 5;
    const archive = Array.from({ length: count }, (_, i) => quote(i));
    const built = (quotes: typeof archive) => buildShardFiles({ person: [], place: [], quote: quotes, article: [] }, hash);
    const chunks = (b: ReturnType<typeof built>) => new Set(b.files.map((f) => f.fileName).filter((f) => b.manifest.groups.quote.folders.some((d) => d && f.startsWith(`${d}/`))));
    const folderOf = (b: ReturnType<typeof built>, file: string) => b.manifest.groups.quote.folders.find((d) => d && file.startsWith(`${d}/`));
    const before = built(archive);
    expect(before.manifest.groups.quote.folders).toHaveLength(4);
    const renamedBy = (after: ReturnType<typeof built>) => {
      const renamed = [...chunks(after)].filter((f) => !chunks(before).has(f));
      return { renamed, folders: new Set(renamed.map((f) => folderOf(after, f))) };
    };

    const edited = built(archive.map((q, i) => (i === 7 ? quote(7, "Record 7 was edited by hand.") : q)));
    const edit = renamedBy(edited);
    // One folder's chunks, a quarter of the archive's or so; not every chunk after the edited record.
    expect(edit.folders.size).toBe(1);
    expect(edit.renamed.length).toBeLessThan(chunks(before).size / 2);

    // A bulletin added in the middle of the archive's order: its bucket's chunks alone move.
    const grown = built([...archive.slice(0, 10), quote(count), ...archive.slice(10)]);
    const growth = renamedBy(grown);
    expect(growth.folders.size).toBe(1);
    expect(growth.renamed.length).toBeLessThan(chunks(before).size / 2);

    const { search } = await open(grown);
    for (const i of [0, 9, count, count - 1, Math.floor(count / 2)]) {
      expect((await search.search(`word${i}x`)).groups.find((g) => g.kind === "quote")?.hits[0]?.record.id).toBe(`b${i}/story#q1`);
    }
  });

  it("fetches each file once, however many keystrokes ask for it", async () => {
    const { search, fetched } = await open();
    for (const typed of ["Na", "Naz", "Naza", "Nazar", "Nazarb"]) await search.search(typed);
    expect(fetched.length).toBe(new Set(fetched).size);
  });

  it("holds no more than its cache's budget however many queries are typed, and still answers", async () => {
    const budget = 2_000;
    const { search, fetched } = await open(built, { cacheBytes: budget });
    for (const query of QUERIES) for (let i = 2; i <= query.length; i++) await search.search(query.slice(0, i));
    expect(search.cachedBytes).toBeLessThanOrEqual(budget);
    // Dropped files are fetched again when asked for, and the answers do not change.
    expect(fetched.length).toBeGreaterThan(new Set(fetched).size);
    for (const query of QUERIES) expect(ids(await search.search(query))).toEqual(ids(whole.search(query)));
  });

  it("fetches a file again after its fetch failed, and then answers", async () => {
    const byName = new Map(built.files.map((f) => [f.fileName, f.source]));
    const shard = shardFileOf(built.manifest, "nazarbaev") as string;
    let failures = 1;
    const search = await ShardedSearch.open(async (file) => {
      if (file === shard && failures-- > 0) throw new Error("offline");
      return byName.get(file) as string;
    });
    await expect(search.search("Nazarbaev")).rejects.toThrow("offline");
    expect(ids(await search.search("Nazarbaev"))).toEqual(ids(whole.search("Nazarbaev")));
  });

  it("finds nothing for gibberish and for one letter, fetching no shard for the letter", async () => {
    const { search, fetched } = await open();
    expect((await search.search("a")).total).toBe(0);
    expect(fetched).toEqual([MANIFEST_FILE]);
    expect((await search.search("xqzvw")).total).toBe(0);
  });
});
