import { describe, expect, it } from "vitest";
import { endsSentence, isOneLinePerParagraph, unwrap } from "./paragraphs.ts";

describe("paragraphs", () => {
  it("unwraps hard-wrapped lines to one line", () => {
    expect(unwrap(["The crisis could leave ", "a trail of towns.  "])).toBe("The crisis could leave a trail of towns.");
    expect(unwrap(["anti-", "government groups"])).toBe("anti-government groups");
    expect(unwrap(["small-", "and medium-sized"])).toBe("small- and medium-sized");
  });

  it("calls a paragraph complete when it ends a sentence, past closing quotes and brackets", () => {
    expect(endsSentence("He said so.")).toBe(true);
    expect(endsSentence("“We are trying to survive,” he said.")).toBe(true);
    expect(endsSentence("“This is the end.”")).toBe(true);
    expect(endsSentence("we say, “Yes sir”.")).toBe(true);
    expect(endsSentence("(See below.)")).toBe(true);
    expect(endsSentence("The plan has three stages:")).toBe(true);
  });

  it("calls a paragraph incomplete when its last line was lost", () => {
    expect(endsSentence("had to leave for Almaty to find new")).toBe(false);
    expect(endsSentence("“What will it be like?” she")).toBe(false);
    expect(endsSentence("rather than join some criminal gang”")).toBe(false);
  });

  it("recognises one paragraph per line (2002) only for long unwrapped lines", () => {
    const long = "x".repeat(120);
    expect(isOneLinePerParagraph([long, long])).toBe(true);
    expect(isOneLinePerParagraph(["short wrapped line", "another"])).toBe(false);
  });
});
