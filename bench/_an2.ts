import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { benchArchive } from "./search-archive.ts";
import { ShardedSearch } from "../src/search/sharded-search.ts";
import { buildShardFiles } from "../src/search/shards.ts";
import { fold } from "../src/search/fold.ts";
import type { SearchQuery } from "./synth/truth.ts";
import type { SearchRecord } from "../src/search/records.ts";
const n = Number(process.argv[2]);
const { records, queries: all } = benchArchive(n, 565);
const queries = all.slice(0, 300);
const { files } = buildShardFiles(records, (s) => createHash("sha256").update(s).digest("hex").slice(0, 12));
const m = new Map(files.map((f) => [f.fileName, f.source]));
const parsed = new Map<string, unknown>();
const read = async (f: string) => parsed.get(f) ?? (parsed.set(f, JSON.parse(m.get(f)!)), parsed.get(f));
const gz = new Map<string, number>();
const g = (f: string) => gz.get(f) ?? (gz.set(f, gzipSync(m.get(f)!).length), gz.get(f)!);
function isTarget(r: SearchRecord, q: SearchQuery): boolean {
  const e = q.expect;
  if (e.type === "quote") return r.kind === "quote" && fold(r.text).includes(fold(e.text).slice(0, 60));
  if (r.kind !== e.type) return false;
  const want = fold(e.name);
  return [r.name, ...r.aliases].some((x) => fold(x) === want);
}
for (const c of process.argv.slice(3).map(Number)) {
  const s = await ShardedSearch.open(read, { candidates: c });
  let hits = 0;
  for (const q of queries) {
    const res = await s.search(q.query, { limit: 5 });
    if (res.groups.find((x) => x.kind === q.expect.type)!.hits.some((h) => isTarget(h.record, q))) hits++;
  }
  let tr = 0;
  for (const q of queries.filter((_, i) => i % 5 === 0)) {
    const fetched = new Set<string>();
    const s2 = await ShardedSearch.open(async (f) => (fetched.add(f), read(f)), { candidates: c });
    for (let i = 1; i <= q.query.length; i++) await s2.search(q.query.slice(0, i), { limit: 5 });
    for (const f of fetched) tr += g(f);
  }
  console.log(`candidates ${c}: recall ${(hits / queries.length).toFixed(3)} mean transfer ${(tr / 60 / 1024).toFixed(0)} kB`);
}
