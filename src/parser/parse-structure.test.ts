// The assembled structure: the sample bulletin, and one made-up fixture per
// variant and kind of damage in the bulletin format (src/parser/fixtures/).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as v from "valibot";
import { BulletinSchema } from "./model/schema.ts";
import type { Article, Bulletin } from "./model/index.ts";
import { parseStructure } from "./parse-structure.ts";

const read = (rel: string) => readFileSync(new URL(rel, import.meta.url), "utf8");
const fixture = (name: string): Bulletin => parseStructure(read(`./fixtures/${name}`), { fileName: name });
const kinds = (b: Bulletin) => b.warnings.map((w) => w.kind);
const starts = (a: Article) => a.paragraphs.map((p) => p.text.slice(0, 30));

function expectValid(b: Bulletin) {
  const r = v.safeParse(BulletinSchema, b);
  expect(r.success, JSON.stringify(r.issues?.[0]?.path?.map((p) => p.key))).toBe(true);
}

describe("the sample bulletin (RCA 565 Part Two)", () => {
  const b = parseStructure(read("../../bulletins/rca-565-part-2.txt"), { fileName: "bulletins/rca-565-part-2.txt" });

  it("reads the title fields", () => {
    expect(b).toMatchObject({ id: "rca-565-part-2", series: "Reporting Central Asia", seriesCode: "RCA", issue: 565, part: 2, date: "2009-02-07" });
    expect(b.title).toMatch(/^WELCOME TO IWPR'S REPORTING CENTRAL ASIA/);
    expectValid(b);
  });

  it("finds both articles with their tags, bylines, paragraph counts and author notes", () => {
    expect(b.articles.map((a) => [a.headline, a.issueTag?.number, a.paragraphs.length])).toEqual([
      ["Kazak Towns Empty Following Mass Job Cuts", 566, 54],
      ["Army to Soak Up Kazakstan's Unemployed", 565, 27],
    ]);
    for (const a of b.articles) {
      expect(a.authors).toEqual([{ name: "Olga Shevchenko", location: "Almaty", locations: ["Almaty"] }]);
      expect(a.issueTag?.date).toBe("2009-02-07");
      expect(a.authorNote).toMatch(/^Olga Shevchenko is an IWPR-trained/);
      expect(a.paragraphs.map((p) => p.id)).toEqual(a.paragraphs.map((_, i) => `p${i + 1}`));
    }
    expect(b.toc.map((t) => t.articleSlug)).toEqual(b.articles.map((a) => a.slug));
  });

  it("uses the contents' whole summary where the copy above the article was cut", () => {
    expect(b.articles[0]?.summary).toBe("Experts warn of widespread migration as company closures force residents to relocate.");
    expect(kinds(b)).toContain("truncated-summary");
  });

  it("flags exactly the paragraphs that lost their last line", () => {
    const flagged = b.articles.map((a) => a.paragraphs.filter((p) => p.incomplete).length);
    expect(flagged).toEqual([7, 6]);
    expect(kinds(b).filter((k) => k === "incomplete-paragraph")).toHaveLength(13);
  });

  it("repairs the `>From` paragraph and keeps boilerplate out of the articles", () => {
    const last = b.articles[1]?.paragraphs.at(-1);
    expect(last?.text).toMatch(/^From a military perspective, Pashevich said, “A serviceman needs to actually do something\./);
    const all = b.articles.flatMap((a) => a.paragraphs.map((p) => p.text)).join("\n");
    expect(all).not.toMatch(/www\.iwpr\.net|IWPR-trained|By Olga|>/);
    expect(b.boilerplate.map((x) => x.kind)).toEqual(expect.arrayContaining(["links", "about", "masthead", "contacts", "legal"]));
  });
});

describe("variants and damage (made-up fixtures)", () => {
  it("2002 one-line style: Subject title, packed contents, single-space gap, glued separator, BCR byline", () => {
    const b = fixture("bcr-2002-one-line.txt");
    expect(b).toMatchObject({ id: "bcr-311", seriesCode: "BCR", issue: 311, date: "2002-02-14" });
    expect(b.toc.map((t) => t.headlineRaw)).toEqual(["MACEDONIA: VILLAGERS RETURN TO BURNT HOMES", "SERBIA: MINERS STRIKE OVER UNPAID WAGES"]);
    const [mk, rs] = b.articles;
    expect(mk?.authors).toEqual([{ name: "IWPR team", location: "Skopje and London", locations: ["Skopje", "London"] }]);
    expect(mk?.paragraphs).toHaveLength(4);
    expect(mk?.paragraphs.every((p) => !p.incomplete && !p.text.includes("*"))).toBe(true);
    expect(rs?.paragraphs).toHaveLength(3);
    expect(rs?.authorNote).toBe("Petar Ilic is a freelance journalist in Belgrade.");
    expectValid(b);
  });

  it("CRS: two-line title, sections, tags without comma or parenthesis, news briefs, encoding damage", () => {
    const b = fixture("crs-two-line-title.txt");
    expect(b).toMatchObject({ id: "crs-504", seriesCode: "CRS", series: "Caucasus Reporting Service", issue: 504, date: "2009-07-31" });
    expect(b.title).toBe("WELCOME TO IWPR’S CAUCASUS REPORTING SERVICE, No. 504, July 31, 2009.");
    expect(b.articles.map((a) => [a.issueTag, a.section])).toEqual([
      [{ code: "CRS", number: 504, date: "2009-07-31" }, "SPECIAL REPORT"],
      [{ code: "CRS", number: 503, date: "2007-09-20" }, null],
    ]);
    expect(b.newsBriefs.map((n) => [n.date, n.text])).toEqual([
      ["2009-07-28", "Police in Baku detained two journalists outside the court building, their editor said."],
      ["2009-07-29", "The Georgian parliament approved the new budget."],
    ]);
    const text = b.articles[0]?.paragraphs.map((p) => p.text).join(" ") ?? "";
    expect(text).toContain("fell to minus four");
    expect(text).toContain("the harvest of ’09");
    expect(kinds(b)).toContain("encoding");
    expect(b.articles.flatMap((a) => a.paragraphs).some((p) => p.text.startsWith("July"))).toBe(false);
  });

  it("multi-author bylines, sections repeated in the body, `By IWPR staff`, a byline without `By`", () => {
    const b = fixture("rca-multi-author-sections.txt");
    expect(b.date).toBe("2008-04-02");
    const [t, c, u] = b.articles;
    expect(t?.authors.map((x) => `${x.name}@${x.location}`)).toEqual(["Aigul Temirova@Osh", "Bakyt Isaev@Bishkek", "Dilnoza Karimova@Bishkek", "Farhod Rahimov@Dushanbe"]);
    expect(t?.issueTag).toEqual({ code: "RCA", number: 580, date: "2008-04-02" });
    expect(t?.authorNote).toMatch(/^Aigul Temirova, Bakyt Isaev and Dilnoza Karimova are/);
    expect(t?.paragraphs).toHaveLength(3);
    expect(c).toMatchObject({ headline: "Why the OSCE Must Stay in Central Asia", section: "COMMENT", authors: [{ name: "IWPR staff", location: null }] });
    expect(c?.paragraphs.map((p) => p.incomplete)).toEqual([false, false, false]);
    expect(u).toMatchObject({ section: null, authors: [{ name: "Saida Nurova", location: "Shymkent, Saryagash and Almaty" }], authorNote: "Saida Nurova is IWPR's Uzbekistan editor." });
    expect(b.boilerplate.map((x) => x.text)).toContain("KURT SCHORK AWARDS");
  });

  it("dropped lines: lost title, lost TOC headline line, both summary copies cut, lost paragraph end", () => {
    const b = fixture("rca-dropped-lines.txt");
    expect(b).toMatchObject({ id: "rca-601", title: null, seriesCode: "RCA", issue: 601, date: "2009-11-14" });
    expect(kinds(b)).toEqual(expect.arrayContaining(["missing-title", "dropped-line", "truncated-summary", "incomplete-paragraph"]));
    const [first, second] = b.articles;
    expect(first?.summary).toBe("Traders say flour prices have doubled since September as Bishkek's markets run short of supplies.");
    expect(first?.paragraphs.map((p) => p.incomplete)).toEqual([false, true, false]);
    expect(second?.headline).toBe("Tajik Dam Project Stalls");
    expect(second?.paragraphs).toHaveLength(2);
    expectValid(b);
  });

  it("a whole mail quoted with `> `, mail headers, `<>` addresses, a lost apostrophe in the title", () => {
    const b = fixture("rca-quoted-mail.txt");
    expect(b).toMatchObject({ id: "rca-567-part-1", issue: 567, part: 1, date: "2009-02-14" });
    expect(starts(b.articles[0] as Article)).toEqual(["Shop owners in Almaty say the ", "From the central bank's point ", "\"We have asked for a loan thre"]);
    expect(kinds(b)).toEqual(expect.arrayContaining(["mail-quoting", "mail-clutter"]));
    expect(JSON.stringify([b.articles, b.boilerplate, b.toc])).not.toMatch(/Precedence|X-Authentication|<>/);
  });

  it("tags in the byline only or in both places, separator variants, byline wrapped mid-name, a list lead-in", () => {
    const b = fixture("rca-tags-separators.txt");
    expect(b.toc.map((t) => t.byline)).toEqual(["By Aigul Temirova in Almaty", "By Yerlan Example in Astana"]);
    expect(b.articles.map((a) => a.issueTag?.number)).toEqual([612, 611]);
    expect(b.articles[0]?.paragraphs.map((p) => p.incomplete)).toEqual([false, false, false]);
    expect(b.articles).toHaveLength(2);
    expect(b.boilerplate.map((x) => x.text)).toEqual(expect.arrayContaining(["FOLLOW US ON TWITTER"]));
  });

  it("falls back to the file name for the id when the text names no series or issue", () => {
    const b = parseStructure("IWPR\n\nSome Story Here\n\nBy A B in C\n\nText of the story.\n", { fileName: "/x/My Old Bulletin.txt" });
    expect(b.id).toBe("my-old-bulletin");
  });
});
