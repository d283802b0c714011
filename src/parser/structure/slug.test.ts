import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "./slug.ts";

describe("slugs", () => {
  it("makes lowercase-hyphen slugs of at most eight words", () => {
    expect(slugify("Army to Soak Up Kazakstan’s Unemployed")).toBe("army-to-soak-up-kazakstans-unemployed");
    expect(slugify("One two three four five six seven eight nine ten")).toBe("one-two-three-four-five-six-seven-eight");
    expect(slugify("Çerkez: Köy")).toBe("cerkez-koy");
  });

  it("keeps slugs unique within a bulletin", () => {
    const taken = new Set<string>();
    expect([uniqueSlug("a", taken), uniqueSlug("a", taken), uniqueSlug("", taken)]).toEqual(["a", "a-2", "article"]);
  });
});
