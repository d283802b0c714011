import { describe, expect, it } from "vitest";
import { BuildPhases } from "./build-phases.ts";

describe("the build's phase line", () => {
  it("adds the pieces of a phase, keeps the order phases first ran in, and leaves out the negligible", () => {
    const phases = new BuildPhases();
    phases.add("parse", 1_200);
    phases.add("prerender", 30_000);
    phases.add("parse", 300);
    phases.add("feed", 10);
    expect(phases.summary()).toBe("phases: parse 1.5 s · prerender 30.0 s");
  });

  it("starts afresh for each build", () => {
    const phases = new BuildPhases();
    phases.add("parse", 1_000);
    phases.reset();
    expect(phases.summary()).toBeNull();
  });
});
