/**
 * A made-up bulletin in the shape the parser produces, for the app's and the
 * build's tests. Names, places and figures are invented; offsets are computed
 * from the text so that they are always right.
 */
import { SCHEMA_VERSION } from "../../parser/model/index.ts";
import type { Article, Bulletin, Paragraph, Quote, Statistic } from "../../parser/model/index.ts";

function at(paragraph: Paragraph, needle: string): { start: number; end: number } {
  const start = paragraph.text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: "${needle}" not in ${paragraph.id}`);
  return { start, end: start + needle.length };
}

const lines = (startLine: number, endLine = startLine) => ({ startLine, endLine });

const p1: Paragraph = {
  id: "p1",
  text: "Farmers in the Zeravshan valley say more than 3,400 families have lost their harvest this year.",
  incomplete: false,
  lines: lines(40, 41),
};
const p2: Paragraph = {
  id: "p2",
  text: "“We sold the cow to buy seed, and now the seed is gone,” said Dilnoza Karimova, a farmer from Marvon.",
  incomplete: false,
  lines: lines(43, 44),
};
const p3: Paragraph = {
  id: "p3",
  text: "Regional agriculture official Timur Askarov said losses reached 12 million US dollars and that",
  incomplete: true,
  lines: lines(46),
};
const p4: Paragraph = {
  id: "p4",
  text: "“Nobody came to help,” he said. <script>alert(1)</script> stays text.",
  incomplete: false,
  lines: lines(48),
};

function quote(id: string, p: Paragraph, needle: string, speaker: Quote["speaker"], attribution: Quote["attribution"]): Quote {
  return { id, text: needle, paragraphId: p.id, ...at(p, needle), speaker, attribution, unclosed: false };
}

function statistic(id: string, p: Paragraph, needle: string, value: number, unit: string | null, kind: Statistic["kind"], qualifier: string | null = null): Statistic {
  return { id, value, unit, text: needle, paragraphId: p.id, ...at(p, needle), kind, qualifier, conversion: null };
}

const harvest: Article = {
  slug: "valley-farmers-lose-harvest",
  headline: "Valley Farmers Lose Harvest",
  headlineRaw: "VALLEY FARMERS LOSE HARVEST",
  summary: "Drought leaves thousands of families without income.",
  section: "SPECIAL REPORT",
  authors: [{ name: "Rustam Nabiev", location: "Samarkand", locations: ["Samarkand"] }],
  issueTag: { code: "CRS", number: 312, date: "2006-03-14" },
  paragraphs: [p1, p2, p3, p4],
  authorNote: "Rustam Nabiev is a made-up reporter in Samarkand.",
  quotes: [
    quote("q1", p2, "“We sold the cow to buy seed, and now the seed is gone,”", { name: "Dilnoza Karimova", personId: "dilnoza-karimova" }, "explicit"),
    quote("q2", p4, "“Nobody came to help,”", { name: "Timur Askarov", personId: "timur-askarov" }, "pronoun"),
  ],
  statistics: [
    statistic("s1", p1, "more than 3,400 families", 3400, "families", "count", "more than"),
    statistic("s2", p3, "12 million US dollars", 12_000_000, "USD", "money"),
  ],
  reportedSpeech: [],
  lines: lines(36, 50),
};

const q1: Paragraph = {
  id: "p1",
  text: "The new bridge over the Kura opened on Monday after four years of work.",
  incomplete: false,
  lines: lines(60),
};

const bridge: Article = {
  slug: "bridge-opens",
  headline: "Bridge Opens at Last",
  headlineRaw: "BRIDGE OPENS AT LAST",
  summary: "A crossing promised for years is finally in use.",
  section: null,
  authors: [{ name: "IWPR staff", location: null, locations: [] }],
  issueTag: null,
  paragraphs: [q1],
  authorNote: null,
  quotes: [],
  statistics: [],
  reportedSpeech: [],
  lines: lines(56, 62),
};

export const fixtureBulletin: Bulletin = {
  schemaVersion: SCHEMA_VERSION,
  id: "crs-312",
  sourceFile: "crs-312.txt",
  series: "Caucasus Reporting Service",
  seriesCode: "CRS",
  issue: 312,
  part: null,
  date: "2006-03-14",
  title: "WELCOME TO IWPR'S CAUCASUS REPORTING SERVICE, No. 312, March 14, 2006",
  toc: [],
  articles: [harvest, bridge],
  newsBriefs: [],
  boilerplate: [{ kind: "links", text: "**** www.iwpr.net", lines: lines(20) }],
  people: [
    {
      id: "dilnoza-karimova",
      name: "Dilnoza Karimova",
      aliases: ["Karimova"],
      roles: ["farmer"],
      mentions: [{ articleSlug: harvest.slug, paragraphId: "p2", ...at(p2, "Dilnoza Karimova") }],
    },
    {
      id: "timur-askarov",
      name: "Timur Askarov",
      aliases: [],
      roles: ["Regional agriculture official"],
      mentions: [{ articleSlug: harvest.slug, paragraphId: "p3", ...at(p3, "Timur Askarov") }],
    },
  ],
  places: [
    {
      id: "marvon",
      name: "Marvon",
      aliases: ["Marvan"],
      kind: "village",
      country: "UZ",
      lat: null,
      lon: null,
      mentions: [{ articleSlug: harvest.slug, paragraphId: "p2", ...at(p2, "Marvon") }],
    },
  ],
  warnings: [{ kind: "dropped-line", message: "A paragraph lost its last line.", line: 46 }],
};

export function fixtureWith(patch: Partial<Bulletin>): Bulletin {
  return { ...structuredClone(fixtureBulletin), ...patch };
}
