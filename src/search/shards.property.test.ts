// Splitting big word shards (shards.ts): whatever the words, each is still in
// the shard its letters lead to, parts stay within the budget unless they
// cannot be split further, and a reader who stops at a split key's letters is
// answered with its commonest longer words.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GROUPS, type GroupKind } from "./records.ts";
import { shardKeyIn, slipKeys, splitShards, type ShardContent, type ShardEntry } from "./shards.ts";

const word = fc.string({ minLength: 2, maxLength: 9, unit: fc.constantFrom(..."aabcenorst") });
const entry = fc.tuple(word, fc.integer({ min: 1, max: 50 })).map(([w, df]): ShardEntry => [w, df, [df]]);
const groupOf = fc.constantFrom<GroupKind>(...GROUPS);

/** Shards keyed by two letters, as buildShardFiles makes them: one entry per word and group. */
function twoLetterShards(entries: Array<[GroupKind, ShardEntry]>): Map<string, ShardContent> {
  const out = new Map<string, ShardContent>();
  const seen = new Set<string>();
  for (const [kind, e] of entries) {
    if (seen.has(`${kind} ${e[0]}`)) continue;
    seen.add(`${kind} ${e[0]}`);
    const key = e[0].slice(0, 2);
    if (!out.has(key)) out.set(key, {});
    ((out.get(key) as ShardContent)[kind] ??= []).push(e);
  }
  return out;
}

const size = (c: ShardContent) => JSON.stringify(c).length;

describe("splitting word shards", () => {
  it("keeps every word findable, and parts within budget unless they cannot split", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(groupOf, entry), { maxLength: 300 }), fc.integer({ min: 40, max: 2000 }), (entries, budget) => {
        const shards = twoLetterShards(entries);
        const { shards: parts, split } = splitShards(shards, budget, 6);
        for (const content of shards.values()) {
          for (const kind of GROUPS) {
            for (const [w] of content[kind] ?? []) {
              const key = shardKeyIn(w, split);
              expect(w.startsWith(key)).toBe(true);
              expect(parts.get(key)?.[kind]?.some((e) => e[0] === w), `${w} under ${key}`).toBe(true);
            }
          }
        }
        for (const [key, content] of parts) {
          // Over budget only at the longest key, or a split key whose words of its own length alone are too many.
          const words = GROUPS.flatMap((k) => content[k] ?? []);
          const onlyOwnLength = words.every(([w]) => w.length <= key.length || split.has(key));
          if (size(content) > budget) expect(key.length >= 6 || (split.has(key) && onlyOwnLength)).toBe(true);
        }
      }),
    );
  });

  it("keeps a split key's commonest longer words in its own shard, within its share", () => {
    const entries: Array<[GroupKind, ShardEntry]> = [];
    for (let i = 0; i < 200; i++) entries.push(["quote", [`ka${String.fromCharCode(97 + (i % 26))}${"x".repeat(i % 7)}${i}`, 1 + (i % 40), [1]]]);
    entries.push(["quote", ["ka", 3, [2]]]);
    const { shards: parts, split } = splitShards(twoLetterShards(entries), 2000);
    expect(split.has("ka")).toBe(true);
    const head = parts.get("ka")?.quote ?? [];
    expect(head.some(([w]) => w === "ka")).toBe(true);
    const longer = head.filter(([w]) => w.length > 2);
    expect(longer.length).toBeGreaterThan(5);
    const minKept = Math.min(...longer.map(([, df]) => df));
    const dropped = entries.filter(([, [w]]) => w.length > 2 && !longer.some(([x]) => x === w));
    expect(dropped.length).toBeGreaterThan(0);
    for (const [, [, df]] of dropped) expect(df).toBeLessThanOrEqual(minKept);
  });
});

describe("slip keys", () => {
  it("point a swap or an extra letter inside a word's key to the shard of the word as meant", () => {
    const split = new Set(["na", "naz"]);
    // Nazarbaev is under "naza"; typed with its third and fourth letters swapped, it starts "naaz".
    expect(shardKeyIn("nazarbaev", split)).toBe("naza");
    expect(slipKeys("naazrbaev", split)).toContain("naza");
    expect(slipKeys("nzaarbaev", new Set())).toContain("na");
    expect(slipKeys("nxazarbaev", new Set())).toContain("na");
    // Too short to be matched with a typo: no slips.
    expect(slipKeys("naz", new Set())).toEqual([]);
  });

  it("point a name's other romanisation to its shard: Iu for Yu, h for the kh folded to k", () => {
    expect(slipKeys("iusifova", new Set())).toContain("yu");
    expect(slipKeys("yakubov", new Set())).toContain("ia");
    // Makhmudov folds to "makmudov", Mahmudov to "mahmudov"; Rakhmonov to "rakmonov", Rahmonov to "rahmonov".
    expect(slipKeys("mahmudov", new Set(["ma"]))).toContain("mak");
    expect(slipKeys("rakmonov", new Set(["ra"]))).toContain("rah");
    // Not between vowels, where the folding keeps kh as h anyway (Mukhamed: muhamed).
    expect(slipKeys("muhamed", new Set(["mu"]))).not.toContain("muk");
  });
});
