import { benchArchive } from "./search-archive.ts";
for (const n of process.argv.slice(2).map(Number)) {
  const t = performance.now();
  const a = benchArchive(n, 565, (s) => console.log(n, s));
  console.log(n, "done", ((performance.now() - t) / 1000).toFixed(0), "s", Object.fromEntries(Object.entries(a.records).map(([k, v]) => [k, v.length])));
}
