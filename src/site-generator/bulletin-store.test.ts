import { describe, expect, it, vi } from "vitest";
import { BulletinStore, contentHash, type ParseFn } from "./bulletin-store.ts";
import { fixtureBulletin, fixtureWith } from "../app/test-fixtures/bulletin.fixture.ts";

describe("BulletinStore", () => {
  it("skips a bulletin whose parse throws and keeps the others", () => {
    const parse: ParseFn = (text) => {
      if (text.includes("broken")) throw new Error("no articles found");
      return fixtureWith({ id: text.trim() });
    };
    const store = new BulletinStore(parse);
    store.update("bulletins/a.txt", "crs-1");
    store.update("bulletins/b.txt", "broken");
    store.update("bulletins/c.txt", "crs-3");
    const { bulletins, failures } = store.snapshot();
    expect(bulletins.map((b) => b.id)).toEqual(["crs-1", "crs-3"]);
    expect(failures).toEqual([{ file: "bulletins/b.txt", reason: "parser failed: no articles found" }]);
  });

  it("rejects parser output that breaks the schema, naming the path", () => {
    const bad = { ...fixtureBulletin, articles: [{ ...fixtureBulletin.articles[0]!, slug: "Not A Slug" }] };
    const store = new BulletinStore(() => bad);
    store.update("x.txt", "text");
    const { bulletins, failures } = store.snapshot();
    expect(bulletins).toEqual([]);
    expect(failures[0]?.reason).toMatch(/articles\.0\.slug/);
  });

  it("does not re-parse an unchanged file, and does re-parse a changed one", () => {
    const parse = vi.fn<ParseFn>((text) => fixtureWith({ id: `crs-${text.length}` }));
    const store = new BulletinStore(parse);
    store.update("a.txt", "one");
    store.update("a.txt", "one");
    expect(parse).toHaveBeenCalledTimes(1);
    store.update("a.txt", "three");
    expect(parse).toHaveBeenCalledTimes(2);
    expect(store.snapshot().bulletins.map((b) => b.id)).toEqual(["crs-5"]);
  });

  it("keeps the first file when two bulletins share an id", () => {
    const store = new BulletinStore(() => fixtureWith({ id: "crs-9" }));
    store.update("b.txt", "1");
    store.update("a.txt", "2");
    const { bulletins, failures } = store.snapshot();
    expect(bulletins).toHaveLength(1);
    expect(failures[0]).toMatchObject({ file: "b.txt" });
    expect(failures[0]?.reason).toContain("a.txt");
  });

  it("reads a file held in part (the dev server's summary) in full on its next update, even unchanged", () => {
    const parse = vi.fn<ParseFn>(() => fixtureWith({ id: "crs-1" }));
    const store = new BulletinStore(parse);
    store.put("a.txt", contentHash("one"), fixtureWith({ id: "crs-1", articles: [] }), { partial: true });
    expect(store.isPartial("a.txt")).toBe(true);
    expect(store.snapshot().bulletins[0]!.articles).toEqual([]);
    store.update("a.txt", "one");
    expect(parse).toHaveBeenCalledTimes(1);
    expect(store.isPartial("a.txt")).toBe(false);
    expect(store.snapshot().bulletins[0]!.articles.length).toBeGreaterThan(0);
    store.update("a.txt", "one");
    expect(parse).toHaveBeenCalledTimes(1);
  });
});
