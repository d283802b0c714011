/**
 * The dev server's files made on demand are the build's files: every file the
 * emitters make over the whole archive is given back byte for byte, each by
 * the one emitter that says it makes it, and a bulletin's own file is made
 * without running any emitter over the whole archive.
 */
import { describe, expect, it } from "vitest";
import { createGazetteer } from "../../gazetteer/index.ts";
import type { Bulletin } from "../../parser/model/index.ts";
import { searchEmitter } from "../../search/emit.ts";
import { sampleArchive } from "../../search/testing/bulletins.ts";
import { viewsEmitter } from "../../views/emit.ts";
import { ARCHIVE_HEAD_FILE, bulletinFile } from "../data-paths.ts";
import { builtInEmitters, makingFiles, runEmitters, type BulletinEmitter } from "../emitters.ts";
import { feedEmitters } from "../feeds/index.ts";
import { quotesCsvFile } from "../feeds/paths.ts";
import { searchFiles, viewsFiles } from "./declared-files.ts";
import { SEARCH_META_FILE } from "../../search/data-paths.ts";
import { PEOPLE_HEAD_FILE } from "../../views/head.ts";
import { OnDemandFiles, fullSource, type BulletinSource } from "./on-demand-files.ts";
import { bulletinSummary } from "./summary.ts";

const gazetteer = createGazetteer(null);
/** The emitters vite.config.ts registers, with the search index on a small gazetteer. */
const emitters: BulletinEmitter[] = [
  ...builtInEmitters,
  ...feedEmitters({ siteUrl: "https://example.org" }),
  makingFiles(function searchEmitterSmall(bulletins) {
    return searchEmitter(bulletins, undefined, gazetteer);
  }, searchFiles),
  makingFiles(viewsEmitter, viewsFiles),
];

/** Counts each emitter's runs and the bulletins it ran over. */
function counted(list: readonly BulletinEmitter[]) {
  const runs: Array<{ name: string; bulletins: number }> = [];
  const wrapped = list.map((emitter) =>
    Object.assign((bulletins: Bulletin[], context?: Parameters<BulletinEmitter>[1]) => {
      runs.push({ name: emitter.name, bulletins: bulletins.length });
      return emitter(bulletins, context);
    }, emitter.makes ? { makes: emitter.makes } : {}),
  );
  return { runs, wrapped };
}

const onDemand = (list: readonly BulletinEmitter[], bulletins: Bulletin[]) =>
  new OnDemandFiles(list, fullSource(() => ({ bulletins, context: { sourceHashes: new Map() } })), (m) => {
    throw new Error(m);
  });

describe("OnDemandFiles", () => {
  const archive = sampleArchive();

  it("gives every file the build makes, identical, each claimed by exactly the emitter that makes it", () => {
    const files = onDemand(emitters, archive);
    let checked = 0;
    for (const emitter of emitters) {
      expect(runEmitters([emitter], archive, () => undefined).size, emitter.name).toBeGreaterThan(0);
      for (const [fileName, source] of runEmitters([emitter], archive, () => undefined)) {
        const claimedBy = emitters.filter((e) => e.makes?.has(fileName)).map((e) => e.name);
        expect(claimedBy, fileName).toEqual([emitter.name]);
        expect(files.get(fileName), fileName).toBe(source);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("makes a bulletin's JSON and CSV from that bulletin alone, and the archive index with no other emitter", () => {
    const { runs, wrapped } = counted(emitters);
    const files = onDemand(wrapped, archive);
    const id = archive[1]!.id;
    expect(JSON.parse(files.get(bulletinFile(id))!)).toEqual(archive[1]);
    expect(files.get(quotesCsvFile(id))).toContain(",");
    expect(runs.every((r) => r.bulletins === 1)).toBe(true);

    expect(JSON.parse(files.get(ARCHIVE_HEAD_FILE)!)).toMatchObject({ bulletins: expect.any(Array) });
    expect(runs.filter((r) => r.bulletins > 1).map((r) => r.name)).toEqual(["archiveEmitter"]);
    files.get(ARCHIVE_HEAD_FILE);
    expect(runs.filter((r) => r.bulletins > 1)).toHaveLength(1);
    expect(files.get(bulletinFile("no-such-bulletin"))).toBeUndefined();
  });

  it("makes the files again from the bulletins as they are after a change", () => {
    let bulletins = archive;
    const files = new OnDemandFiles(emitters, fullSource(() => ({ bulletins, context: { sourceHashes: new Map() } })), () => undefined);
    const first = archive[0]!;
    expect(JSON.parse(files.get(bulletinFile(first.id))!).title).toBe(first.title);
    const head = files.get(ARCHIVE_HEAD_FILE);
    bulletins = [{ ...first, title: "A TITLE CHANGED IN THE EDITOR" }, ...archive.slice(1)];
    expect(JSON.parse(files.get(bulletinFile(first.id))!).title).toBe(first.title); // kept until told
    files.invalidate();
    expect(JSON.parse(files.get(bulletinFile(first.id))!).title).toBe("A TITLE CHANGED IN THE EDITOR");
    expect(files.get(ARCHIVE_HEAD_FILE)).not.toBe(head);
  });

  it("makes the archive index from the bulletins' summaries, as the build makes it from them in full", () => {
    const sourceHashes = new Map(archive.map((b, i) => [b.id, String(i).padStart(64, "0")]));
    const asked: string[] = [];
    const source: BulletinSource = {
      summaries: () => (asked.push("summaries"), { bulletins: archive.map(bulletinSummary), context: { sourceHashes } }),
      all: () => (asked.push("all"), { bulletins: archive, context: { sourceHashes } }),
      one: (id) => (asked.push(`one ${id}`), archive.find((b) => b.id === id)),
    };
    const files = new OnDemandFiles(emitters, source, () => undefined);
    const build = runEmitters(builtInEmitters, archive, () => undefined, { sourceHashes });
    for (const [fileName, built] of build) if (!fileName.startsWith("data/bulletins/")) expect(files.get(fileName), fileName).toBe(built);
    expect(asked).toEqual(["summaries"]);
    const id = archive[archive.length - 1]!.id;
    expect(files.get(bulletinFile(id))).toBe(build.get(bulletinFile(id)));
    expect(asked).toEqual(["summaries", `one ${id}`]);
  });

  it("says which files need the whole archive read in full (the dev server makes those wait for the parser)", () => {
    const files = onDemand(emitters, archive);
    const id = archive[0]!.id;
    expect(files.isCheap(ARCHIVE_HEAD_FILE)).toBe(true);
    expect(files.isCheap(bulletinFile(id))).toBe(true);
    expect(files.isCheap(quotesCsvFile(id))).toBe(true);
    expect(files.isCheap(SEARCH_META_FILE)).toBe(false);
    expect(files.isCheap(PEOPLE_HEAD_FILE)).toBe(false);
    files.get(SEARCH_META_FILE);
    expect(files.isCheap(SEARCH_META_FILE)).toBe(true);
    expect(files.isCheap(PEOPLE_HEAD_FILE)).toBe(false);
  });

  it("runs an emitter that does not say what it makes over the whole archive, once", () => {
    const undeclared: BulletinEmitter = (bulletins) => [{ fileName: "data/count.json", source: String(bulletins.length) }];
    const { runs, wrapped } = counted([...builtInEmitters, undeclared]);
    const files = onDemand(wrapped, archive);
    expect(files.get("data/count.json")).toBe(String(archive.length));
    files.get(bulletinFile(archive[0]!.id));
    expect(runs.filter((r) => r.bulletins === archive.length)).toHaveLength(1);
  });
});
