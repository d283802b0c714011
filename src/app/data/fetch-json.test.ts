import { describe, expect, it } from "vitest";
import { BulletinSchema, SCHEMA_VERSION } from "../../parser/model/schema.ts";
import { fixtureBulletin } from "../test-fixtures/bulletin.fixture.ts";
import * as v from "valibot";
import { fetchJson, parseInSlices } from "./fetch-json.ts";
import { InvalidDataError, MissingFileError, NetworkError, NotJsonError, WrongSchemaVersionError } from "./errors.ts";

function respond(body: string, init: ResponseInit & { contentType?: string } = {}): typeof fetch {
  return async () =>
    new Response(body, { status: init.status ?? 200, headers: { "Content-Type": init.contentType ?? "application/json" } });
}

const load = (fetchImpl: typeof fetch) =>
  fetchJson("/data/bulletins/x.json", {
    schema: BulletinSchema,
    version: { field: "schemaVersion", expected: SCHEMA_VERSION },
    fetchImpl,
  });

describe("fetchJson", () => {
  it("returns a valid bulletin", async () => {
    const bulletin = await load(respond(JSON.stringify(fixtureBulletin)));
    expect(bulletin.articles[0]?.headline).toBe("Valley Farmers Lose Harvest");
  });

  it("reports the SPA's HTML page served in place of a missing file", async () => {
    const error = await load(respond("<!doctype html><html></html>", { contentType: "text/html" })).catch((e) => e);
    expect(error).toBeInstanceOf(NotJsonError);
    expect(error.message).toMatch(/HTML page/);
  });

  it("recognises HTML even when the server calls it JSON", async () => {
    await expect(load(respond("<!doctype html>"))).rejects.toBeInstanceOf(NotJsonError);
  });

  it("names the version found and the version expected", async () => {
    const error = await load(respond(JSON.stringify({ ...fixtureBulletin, schemaVersion: SCHEMA_VERSION + 1 }))).catch((e) => e);
    expect(error).toBeInstanceOf(WrongSchemaVersionError);
    expect(error.message).toContain(`version ${SCHEMA_VERSION + 1}`);
    expect(error.message).toContain(`version ${SCHEMA_VERSION}`);
  });

  it("names the first invalid path", async () => {
    const broken = { ...fixtureBulletin, articles: [{ ...fixtureBulletin.articles[0], paragraphs: "none" }] };
    const error = await load(respond(JSON.stringify(broken))).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidDataError);
    expect(error.path).toBe("articles.0.paragraphs");
  });

  it("turns 404 for a listed file into a missing-file error (not a not-found page) and a failed request into a retryable network error", async () => {
    const missing = await load(respond("Not Found", { status: 404, contentType: "text/plain" })).catch((e) => e);
    expect(missing).toBeInstanceOf(MissingFileError);
    expect(missing.kind).not.toBe("not-found");
    expect(missing.message).toMatch(/missing/);
    const error = await load(async () => {
      throw new TypeError("Failed to fetch");
    }).catch((e) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.retryable).toBe(true);
  });
});

describe("parseInSlices", () => {
  const Item = v.object({ id: v.string(), count: v.number() });
  const Doc = v.object({ version: v.literal(1), items: v.array(Item), tags: v.array(v.string()) });
  const items = Array.from({ length: 40 }, (_, i) => ({ id: `b${i}`, count: i, extra: "dropped" }));
  const doc = { version: 1, items, tags: ["a", "b"], stray: true };

  it("gives what the schema itself gives for the whole object", async () => {
    const out = await parseInSlices("/data/x.json", Doc, doc, ["items", "tags"]);
    expect(out).toEqual(v.parse(Doc, doc));
    expect(out.items[39]).toEqual({ id: "b39", count: 39 });
  });

  it("names the bad item and the field inside it", async () => {
    const bad = { ...doc, items: items.map((item, i) => (i === 17 ? { ...item, count: "many" } : item)) };
    const error = await parseInSlices("/data/x.json", Doc, bad, ["items"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidDataError);
    expect((error as InvalidDataError).path).toBe("items.17.count");
    expect((error as InvalidDataError).message).toContain("/data/x.json");
  });

  it("still checks the fields that are not sliced", async () => {
    const error = await parseInSlices("/data/x.json", Doc, { ...doc, version: 2 }, ["items"]).catch((e: unknown) => e);
    expect((error as InvalidDataError).path).toBe("version");
  });

  it("lets other tasks run while a long array is checked", async () => {
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    let timerRanBeforeEnd = false;
    const Watched = v.object({
      ...Doc.entries,
      items: v.array(
        v.pipe(
          Item,
          v.check(() => {
            timerRanBeforeEnd ||= timerRan;
            return true;
          }),
        ),
      ),
    });
    // A zero budget yields before every item.
    await parseInSlices("/data/x.json", Watched, doc, ["items"], 0);
    expect(timerRanBeforeEnd).toBe(true);
  });
});

describe("fetchJson with sliced fields", () => {
  it("checks a bulletin's articles, people and places item by item, with the same result", async () => {
    const bulletin = await fetchJson("/data/bulletins/x.json", {
      schema: BulletinSchema,
      sliced: ["articles", "people", "places"],
      fetchImpl: respond(JSON.stringify(fixtureBulletin)),
    });
    expect(bulletin).toEqual(v.parse(BulletinSchema, fixtureBulletin));
  });
});
