import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bulletinJsonSchema } from "./json-schema.ts";

describe("bulletin.schema.json", () => {
  it("is up to date with the valibot schema (run `npm run schema` after changing it)", () => {
    const committed = JSON.parse(readFileSync(new URL("./bulletin.schema.json", import.meta.url), "utf8"));
    expect(committed).toEqual(bulletinJsonSchema());
  });
});
