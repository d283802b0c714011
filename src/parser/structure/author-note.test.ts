import { describe, expect, it } from "vitest";
import { isAuthorNote } from "./author-note.ts";

describe("author notes", () => {
  it("recognises the forms of the note", () => {
    expect(isAuthorNote("Olga Example is an IWPR-trained reporter in Almaty.")).toBe(true);
    expect(isAuthorNote("Petar Ilic is a freelance journalist in Belgrade.")).toBe(true);
    expect(isAuthorNote("Saida Nurova is IWPR's Uzbekistan editor.")).toBe(true);
    expect(isAuthorNote("Aigul Temirova, Bakyt Isaev and Dilnoza Karimova are IWPR-trained journalists.")).toBe(true);
  });

  it("does not take a body sentence about a source for a note", () => {
    expect(isAuthorNote("Dosym Satpaev is director of the Risk Assessment Group.")).toBe(false);
    expect(isAuthorNote("He is a journalist who lost his job last year.")).toBe(false);
    expect(isAuthorNote("Dosym Satpaev is director of a think-tank.", ["Dosym Satpaev"])).toBe(true);
  });
});
