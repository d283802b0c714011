import { describe, expect, it } from "vitest";
import { dataFileKind, largestByKind } from "./data-files.ts";

describe("data files by kind", () => {
  it("groups one-per-bulletin, per-entity and content-named files, and keeps fixed names apart", () => {
    expect(dataFileKind("data/bulletins/rca-565.json")).toBe("data/bulletins/*.json");
    expect(dataFileKind("data/bulletins/rca-565.quotes.csv")).toBe("data/bulletins/*.csv");
    expect(dataFileKind("data/people/nursultan-nazarbaev.json")).toBe("data/people/*.json");
    expect(dataFileKind("data/h/quotes-0123456789ab.json")).toBe("data/h/quotes-*.json");
    expect(dataFileKind("data/h/person-0123456789ab.json")).toBe("data/h/person-*.json");
    expect(dataFileKind("data/search/h/quote-0123456789ab/12.json")).toBe("data/search/h/quote-*/*.json");
    expect(dataFileKind("data/views/quotes-head.json")).toBe("data/views/quotes-head.json");
    expect(dataFileKind("data/archive-head.json")).toBe("data/archive-head.json");
  });

  it("names each kind's largest file by its gzip size, largest kind first", () => {
    const noisy = Array.from({ length: 3000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join("");
    const figures = largestByKind([
      ["data/people/a.json", "x".repeat(5000)],
      ["data/people/b.json", noisy],
      ["data/views/places.json", "{}"],
    ]);
    expect(figures.map((f) => f.kind)).toEqual(["data/people/*.json", "data/views/places.json"]);
    // The longer file compresses to less: the kind's largest is the one a page would fetch more of.
    expect(figures[0]).toMatchObject({ files: 2, largest: "data/people/b.json" });
  });
});
