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

describe("author notes that credit staff and contributors", () => {
  it("recognises a note about who compiled the article", () => {
    expect(isAuthorNote("This article was compiled by IWPR staff with reporting from the regions.")).toBe(true);
    expect(isAuthorNote("This report was prepared by IWPR's team in Osh.")).toBe(true);
    expect(isAuthorNote("Timur Example in Osh, with contributions from IWPR reporters in the south.")).toBe(true);
    expect(isAuthorNote("Additional reporting by Aigul Example in Naryn.")).toBe(true);
    expect(isAuthorNote("IWPR staff in Bishkek contributed to this report.")).toBe(true);
  });
  it("does not take a body sentence about somebody else's report or staff", () => {
    expect(isAuthorNote("The report was compiled by the UN food agency and warns of hunger.")).toBe(false);
    expect(isAuthorNote("Hospital staff said the building was compiled by hand with contributions from villagers.")).toBe(false);
    expect(isAuthorNote("Compiled by Chris Example in The Hague")).toBe(false);
  });
});
