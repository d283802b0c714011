import { describe, expect, it } from "vitest";
import { distinctId } from "./ids.ts";

describe("distinctId", () => {
  it("keeps a free id", () => {
    expect(distinctId("crs-248", new Set(["rca-1"]))).toBe("crs-248");
  });
  it("suffixes a taken id, then numbers further clashes", () => {
    expect(distinctId("crs-248", new Set(["crs-248"]))).toBe("crs-248-imported");
    expect(distinctId("crs-248", new Set(["crs-248", "crs-248-imported"]))).toBe("crs-248-imported-2");
    expect(distinctId("crs-248", new Set(["crs-248", "crs-248-imported", "crs-248-imported-2"]))).toBe("crs-248-imported-3");
  });
});
