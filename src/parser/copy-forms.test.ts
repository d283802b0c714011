// The forms real copies of IWPR bulletins come in (cut mails, group pages, web re-posts,
// one-line 2002 copies, 1999 contents…), each with a made-up fixture in the same form
// (src/parser/fixtures/) and a near miss that must not be read as that form.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as v from "valibot";
import { BulletinSchema } from "./model/schema.ts";
import type { Bulletin } from "./model/index.ts";
import { parseStructure } from "./parse-structure.ts";

const read = (rel: string) => readFileSync(new URL(rel, import.meta.url), "utf8");
const fixture = (name: string): Bulletin => parseStructure(read(`./fixtures/${name}`), { fileName: name });
const missingText = (b: Bulletin) => b.warnings.filter((w) => w.kind === "missing-text").map((w) => w.message);

function expectValid(b: Bulletin) {
  const r = v.safeParse(BulletinSchema, b);
  expect(r.success, JSON.stringify(r.issues?.[0]?.path?.map((p) => p.key))).toBe(true);
}

describe("a copy cut off after its contents", () => {
  const b = fixture("crs-cut-after-contents.txt");

  it("keeps the contents entries, with summaries, bylines and tags, as the bulletin's contents", () => {
    expect(b.toc.map((t) => [t.headlineRaw, t.byline, t.issueTag?.number, t.articleSlug])).toEqual([
      ["GEORGIAN FERRY LINE HALTED", "By Tamar Exampleidze in Poti", 377, null],
      ["ARMENIAN VILLAGES WAIT FOR GAS", "By Aram Sampleyan in Yerevan", 377, null],
      ["AZERBAIJAN: TEACHERS PROTEST PAY DELAYS", "By Leyla Madeupova in Sheki", 377, null],
    ]);
    expect(b.toc[1]?.summary).toBe("Mountain communities promised a pipeline three winters ago are still burning wood.");
    expect(b.articles).toEqual([]);
    expect(b.boilerplate.map((x) => x.text).join("\n")).not.toMatch(/FERRY|GAS|TEACHERS/);
    expectValid(b);
  });

  it("says the articles' text is not in this copy", () => {
    expect(missingText(b)).toEqual(["This copy ends after its contents: the text of its 3 articles is not in it"]);
  });

  it("a whole bulletin says nothing is missing", () => {
    const whole = parseStructure(read("../../bulletins/rca-565-part-2.txt"), { fileName: "rca-565-part-2.txt" });
    expect(missingText(whole)).toEqual([]);
  });
});

describe("never silent about missing text", () => {
  const head = "WELCOME TO IWPR'S REPORTING CENTRAL ASIA, No. 700, March 3, 2011\n\n";
  const toc =
    "STEPPE FARMERS SELL HERDS  Drought leaves herders with too little hay for the winter.\nBy Nurlan Invented in Taraz\n\n" +
    "KAZAKH MINERS STRIKE  Underground workers down tools over a cut in bonuses.\nBy Gulnara Fictiva in Karaganda\n\n";
  const first =
    "STEPPE FARMERS SELL HERDS\n\nDrought leaves herders with too little hay for the winter.\n\nBy Nurlan Invented in Taraz\n\n" +
    "Herders near the town have been selling sheep at half last year's price.\n\nThe regional office says help is on the way.\n";

  it("names the article whose text is not in the copy", () => {
    const b = parseStructure(head + toc + "**** www.iwpr.net\n\n" + first, { fileName: "x.txt" });
    expect(b.articles).toHaveLength(1);
    expect(b.toc.map((t) => t.articleSlug)).toEqual([b.articles[0]?.slug, null]);
    expect(missingText(b)).toEqual(['1 of 2 articles; the text of "Kazakh Miners Strike" is not in this copy']);
  });

  it("says when a copy has no contents list", () => {
    const b = parseStructure(head + "Herders near the town have been selling sheep at half last year's price.\n", { fileName: "x.txt" });
    expect(missingText(b)).toEqual(["No contents list and no article text were found in this copy"]);
  });
});

describe("a list-group page holding a cut Balkan Crisis Report mail", () => {
  const b = fixture("bcr-group-page.txt");

  it("takes the bulletin's own title line, not the page's preview of the message, and removes the page's chrome", () => {
    expect(b).toMatchObject({ id: "bcr-371", seriesCode: "BCR", issue: 371, date: "2002-10-04" });
    expect(b.title).toBe("WELCOME TO IWPR'S BALKAN CRISIS REPORT, No. 371, October 4, 2002");
    const removed = b.warnings.filter((w) => w.kind === "mail-clutter").map((w) => w.message).join("\n");
    expect(removed).toMatch(/preview of the message/);
    expect(removed).toMatch(/Message 1 of 1/);
    expect(removed).toMatch(/0 Attachment/);
    expect(JSON.stringify(b.boilerplate)).not.toMatch(/Message 1 of 1|Attachment|Loading/);
  });

  it("reads byline sentences, two reporters in one, and keeps headlines with their country prefix", () => {
    expect(b.toc.map((t) => [t.headlineRaw, t.byline])).toEqual([
      ["KOSOVO: MILL TOWN WAITS FOR BUYER.", "IWPR team reports from Prizren and London"],
      ["MONTENEGRO: FERRY FARES ROW.", "Goran Invented reports from Kotor and Mira Sample reports from Bar"],
      ["COMMENT: A YEAR OF SMALL STEPS.", "Petra Madeup reports from Zagreb"],
    ]);
    expect(b.toc[1]?.summary).toBe("A price rise on the coastal ferries angers island families.");
  });

  it("reads the one article the copy holds, its author in two places, and says which are missing", () => {
    expect(b.articles.map((a) => a.headline)).toEqual(["Kosovo: Mill Town Waits for Buyer"]);
    expect(b.articles[0]?.authors).toEqual([{ name: "IWPR team", location: "Prizren and London", locations: ["Prizren", "London"] }]);
    expect(b.articles[0]?.paragraphs.at(-1)?.incomplete).toBe(true);
    expect(missingText(b)).toEqual(['1 of 3 articles; the text of "Montenegro: Ferry Fares Row" and "Comment: A Year of Small Steps" is not in this copy']);
    expectValid(b);
  });
});

describe("a bulletin re-posted on a blog", () => {
  const b = fixture("crs-blog-repost.txt");

  it("reads series, issue and date from the post's title", () => {
    expect(b).toMatchObject({ id: "crs-377", seriesCode: "CRS", series: "Caucasus Reporting Service", issue: 377, date: "2007-02-08" });
    expect(b.warnings.map((w) => w.kind)).not.toContain("missing-title");
  });

  it("reads Title Case headlines on their own lines, summaries, bylines and tags", () => {
    expect(b.toc.map((t) => [t.headlineRaw, t.byline, t.issueTag?.number, t.section])).toEqual([
      ["Georgian Ferry Line Halted", "By Tamar Exampleidze in Poti", 377, null],
      ["Coastal Radio News Silence in Ajaria", "By Nino Inventadze in Batumi", 377, null],
      ["Armenian Villages Wait for Gas", "By Aram Sampleyan in Yerevan and Lusine Madeupyan in Vanadzor", 377, "Mountain Focus"],
    ]);
    expect(b.toc[0]?.summary).toBe("Port workers in a Black Sea town fear for their jobs after the only ferry to the far shore stops sailing.");
    expect(missingText(b)).toEqual(["This copy ends after its contents: the text of its 3 articles is not in it"]);
    expect(JSON.stringify(b.boilerplate)).not.toMatch(/comments|Post a Comment/);
    expectValid(b);
  });

  it("a dated line in prose is not a post title", () => {
    const t = parseStructure("WELCOME TO IWPR'S CAUCASUS REPORTING SERVICE, No. 377, February 8, 2007\n\n8 Feb 07 Caucasus Reporting Service 376 was mailed late.\n", { fileName: "x.txt" });
    expect(t.issue).toBe(377);
  });
});

describe("a copy of IWPR's site's page for one issue", () => {
  const b = fixture("arr-issue-page.txt");

  it("reads series, issue and the latest posting date from the page", () => {
    expect(b).toMatchObject({ id: "arr-301", seriesCode: "ARR", series: "Afghan Recovery Report", issue: 301, date: "2009-03-12" });
  });

  it("reads one contents entry per posting date: authors above, summary below, photo captions left out", () => {
    expect(b.toc.map((t) => [t.headlineRaw, t.byline, t.summary])).toEqual([
      [null, "Farid Inventi", "Traders in a northern market town say new road tolls have doubled the price of flour."],
      [null, "Zarina Sample, Omid Example", "Returning families find their fields sown with old mines."],
      [null, null, "Local radio stations band together to share the cost of a transmitter."],
    ]);
    expect(missingText(b)).toEqual(["This copy ends after its contents: the text of its 3 articles is not in it"]);
    expectValid(b);
  });

  it("a code the series table does not know still names the bulletin", () => {
    const t = parseStructure("TRX Issue 9 | Institute for War and Peace Reporting\n\nTRX Issue 9\n\n25 Jul 06\nA bridge stands half built.\n", { fileName: "page.txt" });
    expect(t).toMatchObject({ id: "trx-9", seriesCode: "TRX", series: null, issue: 9, date: "2006-07-25" });
  });

  it("a line of prose naming an issue is not a page title", () => {
    const t = parseStructure("IWPR\n\nCRS Issue 106 was late.\n\n20 Oct 01\nSomething happened.\n", { fileName: "notes.txt" });
    expect(t.issue).toBeNull();
    expect(t.toc).toEqual([]);
  });
});

describe("the date of a bulletin re-posted on a blog", () => {
  it("is the one its tags agree on, not the day of the post", () => {
    const text = "NEWS: 13 Feb 07 Caucasus Reporting Service 378\n\nGeorgian Ferry Line Halted\nPort workers fear for their jobs. By Tamar Exampleidze in Poti (CRS No. 378 15-Feb-07)\nArmenian Villages Wait for Gas\nPipeline still not built. By Aram Sampleyan in Yerevan (CRS No. 378 15-Feb-07)\n";
    expect(parseStructure(text, { fileName: "post.txt" })).toMatchObject({ issue: 378, date: "2007-02-15" });
  });
});

describe("a single article saved from a web page", () => {
  const b = fixture("tu-single-article.txt");

  it("is a bulletin of one article, with the series and issue its tag gives", () => {
    expect(b).toMatchObject({ id: "tu-341", seriesCode: "TU", series: "Tribunal Update", issue: 341, date: "2003-11-14" });
    expect(b.articles.map((a) => [a.headline, a.issueTag, a.paragraphs.length, a.authorNote])).toEqual([
      ["Witness Recalls Night at the Depot", { code: "TU", number: 341, date: "2003-11-14" }, 3, "Marta Inventic is an IWPR reporter in The Hague."],
    ]);
    expect(b.articles[0]?.authors).toEqual([{ name: "Marta Inventic", location: "The Hague", locations: ["The Hague"] }]);
    expect(missingText(b)).toEqual(["No contents list was found in this copy"]);
    expectValid(b);
  });

  it("a site's news-in-brief item: `Compiled by` starts its byline", () => {
    const t = parseStructure(read("./fixtures/tu-single-article.txt").replace("By Marta", "Compiled by Marta"), { fileName: "brief.txt" });
    expect(t.articles[0]?.authors.map((a) => a.name)).toEqual(["Marta Inventic"]);
  });

  it("a bracketed code and number without a date is not a tag", () => {
    const t = parseStructure(read("./fixtures/tu-single-article.txt").replace("(TU 341, 14 November 2003)", "(UN 1244)"), { fileName: "x.txt" });
    expect(t.issue).toBeNull();
    expect(t.articles[0]?.issueTag).toBeNull();
  });
});

describe("a 2002 copy with no blank lines at all", () => {
  const b = fixture("rca-2002-no-blank-lines.txt");

  it("reads the contents, each entry one line", () => {
    expect(b).toMatchObject({ id: "rca-131", issue: 131, date: "2002-06-07" });
    expect(b.toc.map((t) => [t.headlineRaw, t.byline])).toEqual([
      ["KAZAK FARMERS FIGHT LAND SALE", "By Asel Inventova in Petropavlovsk"],
      ["TAJIK BORDER POSTS MOVE", "By Farrukh Sample in Dushanbe"],
    ]);
  });

  it("reads each article's headline, summary, byline and one paragraph per line, and flags the cut last one", () => {
    expect(b.articles.map((a) => [a.headline, a.authors[0]?.name, a.paragraphs.length])).toEqual([
      ["Kazak Farmers Fight Land Sale", "Asel Inventova", 3],
      ["Tajik Border Posts Move", "Farrukh Sample", 2],
    ]);
    expect(b.articles[0]?.authorNote).toBe("Asel Inventova is a freelance journalist in Petropavlovsk.");
    expect(b.articles[1]?.paragraphs.map((p) => p.incomplete)).toEqual([false, true]);
    expect(missingText(b)).toEqual([]);
    expectValid(b);
  });

  it("a hard-wrapped text without blank lines is not read one block per line", async () => {
    const { isOneBlockPerLine } = await import("./blocks.ts");
    const wrapped = Array.from({ length: 12 }, (_, i) => `Line ${i} of a paragraph that was wrapped at seventy columns by a mail`);
    expect(isOneBlockPerLine(wrapped)).toBe(false);
    expect(isOneBlockPerLine(read("./fixtures/rca-2002-no-blank-lines.txt").split("\n"))).toBe(true);
  });
});

describe("the date of a copy whose title lost its long date, or lost its title", () => {
  const entry = (n: number, d: string) => `STEPPE FARMERS SELL HERDS  Drought leaves herders short of hay.  By Nurlan Invented in Taraz (RCA No. ${n}, ${d})\n\n`;

  it("a numeric date in a re-post's title, its order settled by the tags", () => {
    const b = parseStructure(`IWPR’s Reporting Central Asia, No. 240, 07/01/2004\n\n${entry(240, "06-Jan-04")}`, { fileName: "x.txt" });
    expect(b).toMatchObject({ issue: 240, date: "2004-01-07" });
  });

  it("a dated line under the title wins over the numeric date", () => {
    const b = parseStructure(`IWPR’s Reporting Central Asia, No. 240, 07/01/2004\n\nJuly 1, 2004.\n\n${entry(240, "01-Jul-04")}`, { fileName: "x.txt" });
    expect(b.date).toBe("2004-07-01");
  });

  it("no title: a dated line, else the latest of the tags' dates", () => {
    const two = entry(611, "20-Nov-09") + entry(612, "27-Nov-09");
    expect(parseStructure(`IWPR\n\n${two}`, { fileName: "x.txt" }).date).toBe("2009-11-27");
    expect(parseStructure(`IWPR\n\nNovember 28, 2009\n\n${two}`, { fileName: "x.txt" }).date).toBe("2009-11-28");
  });
});

describe("a news brief cut off mid-word", () => {
  it("is marked incomplete, like a paragraph, with a warning", () => {
    const text =
      "WELCOME TO IWPR'S CAUCASUS REPORTING SERVICE, No. 240, July 1, 2004\n\nGEORGIAN FERRY LINE HALTED  Port workers fear for their jobs.  By Tamar Exampleidze in Poti\n\nCAUCASUS NEWS UPDATE\n\nJune 30 Police in an invented town detained two traders, their lawyer said.\nJune 29 The parliament of a made-up republic debated the budget for the sec\n";
    const b = parseStructure(text, { fileName: "x.txt" });
    expect(b.newsBriefs.map((n) => [n.dateText, n.incomplete])).toEqual([["June 30", false], ["June 29", true]]);
    expect(b.warnings.some((w) => w.kind === "incomplete-paragraph" && w.message.includes("news brief"))).toBe(true);
    expectValid(b);
  });
});

describe("1999 Balkan Crisis Report: contents run together, no bylines", () => {
  const b = fixture("bcr-1999-run-together.txt");

  it("splits the run of text into one entry per `HEADLINE. Summary`", () => {
    expect(b).toMatchObject({ id: "bcr-41", issue: 41, date: "1999-06-11" });
    expect(b.toc.map((t) => [t.headlineRaw, t.byline, t.lines])).toEqual([
      ["KOSOVO: CONVOYS WAIT AT THE BORDER.", null, { startLine: 5, endLine: 6 }],
      ["MONTENEGRO: PORT TOWN FILLS WITH THE DISPLACED.", null, { startLine: 6, endLine: 8 }],
      ["ALBANIA: VILLAGE HOSTS SHARE THEIR LAST FLOUR.", null, { startLine: 8, endLine: 10 }],
    ]);
    expect(b.toc[1]?.summary).toBe("A small harbour town has doubled in size in a month and its schools are full.");
  });

  it("finds each article, its byline in the body", () => {
    expect(b.articles.map((a) => [a.headline, a.authors[0]?.name])).toEqual([
      ["Kosovo: Convoys Wait at the Border", "Petar Inventic"],
      ["Montenegro: Port Town Fills with the Displaced", "Ana Madeupovic"],
      ["Albania: Village Hosts Share Their Last Flour", "Ilir Sample"],
    ]);
    expect(missingText(b)).toEqual([]);
    expectValid(b);
  });

  it("an acronym after a sentence end is not a new entry", async () => {
    const { runInEntryStarts } = await import("./structure/toc.ts");
    expect(runInEntryStarts("KOSOVO: CONVOYS WAIT. Lorries queue. U.S. Army trucks wait too.")).toEqual([]);
  });
});

describe("a bulletin forwarded inside a quoted mail", () => {
  const b = fixture("rca-forwarded-quoted.txt");

  it("removes the quoted mail's headers and the forward mark, with warnings", () => {
    expect(b).toMatchObject({ id: "rca-610", date: "2009-11-13" });
    const all = JSON.stringify([b.toc, b.articles, b.boilerplate]);
    expect(all).not.toMatch(/MIME-Version|Precedence|Reply-To|Forwarded message/);
    const removed = b.warnings.filter((w) => w.kind === "mail-clutter").map((w) => w.message).join("\n");
    expect(removed).toMatch(/MIME-Version/);
    expect(removed).toMatch(/Forwarded message/);
    expect(b.articles[0]?.paragraphs).toHaveLength(2);
  });

  it("keeps a boilerplate block repeated by quoting once, with a warning", () => {
    expect(b.boilerplate.filter((x) => x.text.startsWith("IWPR is supported"))).toHaveLength(1);
    expect(b.warnings.filter((w) => w.kind === "mail-quoting" && w.message.includes("kept once"))).toHaveLength(2);
    expectValid(b);
  });

  it("a sentence that merely starts like a header is kept", async () => {
    const { normalise } = await import("./normalise.ts");
    expect(normalise("The reply came fast.\nReply to the ministry: no comment.").lines).toEqual(["The reply came fast.", "Reply to the ministry: no comment."]);
  });
});

describe("a web copy cut off inside its contents", () => {
  const blog = read("./fixtures/crs-blog-repost.txt").replace(/\n2 comments:[\s\S]*$/, "\n");

  it("keeps the cut last entry, its headline and what is left of its summary, and says so", () => {
    const b = parseStructure(`${blog}\nFarmers Count the Cost of Fl\n`, { fileName: "x.txt" });
    expect(b.toc.map((t) => t.headlineRaw)).toEqual(["Georgian Ferry Line Halted", "Coastal Radio News Silence in Ajaria", "Armenian Villages Wait for Gas", "Farmers Count the Cost of Fl"]);
    expect(missingText(b)).toContain('This copy ends inside its contents: the entry "Farmers Count the Cost of Fl" is cut off');
    const withSummary = parseStructure(`${blog}\nFarmers Count the Cost of Floods\nRiver villages lose their harvest for the sec\n`, { fileName: "x.txt" });
    expect(withSummary.toc[3]).toMatchObject({ headlineRaw: "Farmers Count the Cost of Floods", summary: "River villages lose their harvest for the sec", byline: null });
  });

  it("a Title Case line after the contents that is not the copy's last block is not an entry", () => {
    const b = parseStructure(`${blog}\nFarmers Count the Cost of Floods\n\nThe next issue will appear on Thursday.\n`, { fileName: "x.txt" });
    expect(b.toc).toHaveLength(3);
  });
});

describe("an issue page cut off after an entry's date", () => {
  it("still lists the entry, its summary lost", () => {
    const text = read("./fixtures/arr-issue-page.txt") + "Hamid Invented\n9 Mar 09\n";
    const b = parseStructure(text, { fileName: "x.txt" });
    expect(b.toc.map((t) => [t.byline, t.summary])).toContainEqual(["Hamid Invented", ""]);
    expect(b.toc).toHaveLength(4);
    expectValid(b);
  });
});
