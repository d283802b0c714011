// Bulletin layout for synthetic bulletins: hard wrapping, title line, TOC
// entries, issue tags, boilerplate and footer, in the variants of each era
// (the forms src/parser/ reads: README, "How it works"). Everything is emitted as tagged
// lines so damage.ts can drop exactly the kinds of line real copies lost.

import type { Rng } from "./prng.ts";

export type SeriesCode = "RCA" | "CRS" | "BCR";

export const SERIES_NAME: Record<SeriesCode, string> = {
  RCA: "Reporting Central Asia",
  CRS: "Caucasus Reporting Service",
  BCR: "Balkan Crisis Report",
};

export type LineKind =
  | "title" | "toc-first" | "toc" | "section" | "blank" | "separator" | "rule" | "url-only"
  | "boiler" | "summary" | "summary-last" | "headline" | "byline" | "body" | "note" | "brief" | "header";

export interface Line {
  text: string;
  kind: LineKind;
  /** For body lines: which article and paragraph (0-based) the line belongs to. */
  article?: number;
  para?: number;
  /** True on the last line of a wrapped paragraph. */
  last?: boolean;
}

export interface Style {
  year: number;
  /** 2002 and earlier: one line per paragraph, one-line TOC entries with a single space gap. */
  oneLine: boolean;
  width: number;
  trailingSpace: boolean;
  curly: boolean;
}

export const MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const CRS_MONTH = ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const PART_WORDS = ["One", "Two", "Three"];

export interface SimpleDate { y: number; m: number; d: number }
export const isoDate = (t: SimpleDate): string =>
  `${t.y}-${String(t.m + 1).padStart(2, "0")}-${String(t.d).padStart(2, "0")}`;

/** Greedy wrap at spaces; never breaks a word, so joining lines with one space restores the text. */
export function wrap(text: string, width: number): string[] {
  const words = text.split(" ");
  const lines: string[] = [];
  let cur = "";
  for (const w of words) {
    if (cur === "") cur = w;
    else if (cur.length + 1 + w.length <= width) cur += " " + w;
    else {
      lines.push(cur);
      cur = w;
    }
  }
  if (cur !== "") lines.push(cur);
  return lines;
}

export function wrapStyled(text: string, style: Style): string[] {
  const lines = style.oneLine ? [text] : wrap(text, style.width);
  return style.trailingSpace ? lines.map((l, i) => (i < lines.length - 1 ? l + " " : l)) : lines;
}

export function straighten(s: string): string {
  return s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/–/g, "-");
}

export function titleLines(rng: Rng, series: SeriesCode, issue: number, part: number | null, date: SimpleDate, style: Style): string[] {
  const apos = rng.pick(style.curly ? ["’", "’", "'", " "] : ["'", "'", " "]);
  const name = SERIES_NAME[series].toUpperCase();
  const partText = part === null ? "" : rng.chance(0.6) ? ` Part ${PART_WORDS[part - 1]}` : ` Part ${part}`;
  const month = MONTHS[date.m]!;
  const dateText = rng.pick([`${month} ${date.d}, ${date.y}`, `${date.d} ${month}, ${date.y}`, `${date.d} ${month} ${date.y}`]);
  if (style.year <= 2001 && rng.chance(0.5)) {
    return [`Subject: ${series}: IWPR${apos}S ${name}, NO. ${issue}${partText}, ${dateText}`];
  }
  const head = `WELCOME TO IWPR${apos}S ${name}, No. ${issue}${partText},`;
  // CRS titles of the mid-2000s wrapped the date onto a second line.
  if (series === "CRS" && rng.chance(0.5)) return [head, `${dateText}.`];
  return [`${head} ${dateText}`];
}

export interface TagStyle { paren: boolean; comma: boolean }

/** `(RCA No. 566, 07-Feb-09)`; CRS writes `31-July-09`, `20-Sept-07`, sometimes without comma or opening bracket. */
export function issueTag(series: SeriesCode, num: number, date: SimpleDate, ts: TagStyle): string {
  const months = series === "CRS" ? CRS_MONTH : MONTH_ABBR;
  const d = `${String(date.d).padStart(2, "0")}-${months[date.m]}-${String(date.y % 100).padStart(2, "0")}`;
  return `${ts.paren ? "(" : ""}${series} No. ${num}${ts.comma ? "," : ""} ${d})`;
}

export function dateWords(date: SimpleDate): string {
  return `${MONTHS[date.m]} ${date.d}`;
}

const SEP = "**** www.iwpr.net";
export const OLD_SEP = "****************** VISIT IWPR ON-LINE: www.iwpr.net ****************";

export function separator(rng: Rng, style: Style): Line[] {
  if (style.year <= 2002) return [{ text: OLD_SEP, kind: "separator" }];
  const out: Line[] = [{ text: rng.pick([SEP, SEP + " ", "**** IWPR RESOURCES", "**** NEW"]), kind: "separator" }];
  if (rng.chance(0.3)) out.push({ text: "*".repeat(rng.int(60, 90)), kind: "rule" });
  return out;
}

const para = (text: string, style: Style, kind: LineKind = "boiler"): Line[] =>
  wrapStyled(text, { ...style, oneLine: false }).map((t) => ({ text: t, kind }));
const blank = (): Line => ({ text: "", kind: "blank" });

const PROGRAMME: Record<SeriesCode, { region: string; slug: string; radio: string }> = {
  RCA: { region: "Central Asia", slug: "centralasia", radio: "TURKMEN RADIO: INSIDE VIEW" },
  CRS: { region: "Caucasus", slug: "caucasus", radio: "CAUCASUS RADIO HOUR" },
  BCR: { region: "Balkans", slug: "balkans", radio: "BALKAN INSIGHT RADIO" },
};

/** Project links, RSS, subscribe, donate: lines that look like headlines but are not articles. */
export function boilerplate(rng: Rng, series: SeriesCode, style: Style, newsBriefing = false): Line[] {
  const p = PROGRAMME[series];
  const out: Line[] = [];
  const blocks: Line[][] = [];
  if (style.year >= 2005) {
    blocks.push(para(`NEW PROJECT:\u00a0${p.radio}: http://iwpr.net/${p.slug}radio`, style));
    blocks.push(para(`${p.radio} is IWPR’s weekly programme of news and comment on current political and social themes in the region.`.replace(/’/g, style.curly ? "’" : "'"), style));
  }
  if (newsBriefing && style.year >= 2006) {
    const q = (t: string) => (style.curly ? t : straighten(t));
    blocks.push(para(q(`NEWS BRIEFING ${p.region.toUpperCase()} is IWPR’s round-up of the day’s events, sent out each weekday: http://iwpr.net/${p.slug}briefing`), style));
  }
  if (style.year >= 2007) blocks.push(para(`${style.year - 1} WINNERS OF THE KURT SCHORK AWARDS: http://iwpr.net/kurtschork`, style));
  blocks.push(para(`${p.region.toUpperCase()} PROGRAMME HOME: http://iwpr.net/${p.slug}`, style));
  if (style.year >= 2010) blocks.push(para("FOLLOW US ON TWITTER: http://twitter.com/iwpr", style));
  for (const b of blocks) out.push(...b, blank());
  out.push(blank(), ...separator(rng, style), blank());
  if (style.year >= 2006) out.push(...para(`${SERIES_NAME[series].toUpperCase()} RSS: http://www.iwpr.net/en/${series.toLowerCase()}/rss.xml`, style), blank());
  // "subscribe at:" with the URL on its own line: the URL-only line is what de-duplication drops.
  out.push(...para("RECEIVE FROM IWPR: Readers are urged to subscribe to IWPR's full range of free electronic publications at:", style));
  out.push({ text: "http://iwpr.net/subscribe", kind: "url-only" }, blank());
  out.push(...para("DONATE TO IWPR: IWPR is wholly dependent upon grants and donations. For more information about how you can support IWPR go to:", style));
  out.push({ text: "http://iwpr.net/donate", kind: "url-only" }, blank());
  out.push(...separator(rng, style), blank(), blank());
  return out;
}

/** Editors named in mastheads: made-up names, optional people for a parser. */
export const STAFF = ["Martin Hale", "Rosalind Greer", "Peter Vance", "Hannah Croft", "Julian Marsh", "Claire Holloway", "Simon Ashdown", "Nadia Kerimova", "Timur Sadykov", "Vesna Popovic", "Arman Grigorian", "Lela Tsereteli"];

const OFFICES = [
  { text: "IWPR - Europe, 48 Carrow Road, London EC1V 9QT, UK", tel: "Tel: +44 20 7831 1030" },
  { text: "IWPR - United States, 1616 Maple Street, Washington, DC 20006, United States", tel: "Tel: +1 202 449 7663" },
  { text: "IWPR - Africa, P.O. Box 4417, Johannesburg 2121", tel: "Tel: +27 11 268 6077" },
  { text: "Stichting IWPR Nederland, Koninginnegracht 19, 2514 AB Den Haag, The Netherlands", tel: "Tel: +31 70 338 9016" },
];

export function footer(rng: Rng, series: SeriesCode, style: Style, masthead: string[]): Line[] {
  const p = PROGRAMME[series];
  const out: Line[] = [...separator(rng, style), blank()];
  const q = (s: string) => (style.curly ? s : straighten(s));
  out.push(...para(q(`${SERIES_NAME[series].toUpperCase()} provides the international community with an insiders’ perspective on the region, publishing news and analysis from local journalists across the ${p.region}.`), style), blank());
  out.push(...para(q(`The opinions expressed in ${SERIES_NAME[series]} are those of the authors and do not necessarily represent those of the publication or of IWPR.`), style), blank());
  const roles = ["Editor-in-Chief", "Managing Editor", "Senior Editor", `${p.region} Editor`];
  const mast = masthead.map((n, i) => `${roles[i] ?? "Editor"}: ${n}`).join("; ");
  out.push(...para(`${SERIES_NAME[series].toUpperCase()}: ${mast}.`, style), blank());
  out.push(...separator(rng, style), blank());
  for (const o of rng.sample(OFFICES, rng.int(2, 4))) out.push({ text: o.text, kind: "boiler" }, { text: o.tel, kind: "boiler" }, blank());
  out.push(...para("For further details on this project and other information services and media programmes, go to: www.iwpr.net", style), blank());
  const issn = series === "RCA" ? "1477-7924" : series === "CRS" ? "1477-7932" : "1477-7940";
  out.push({ text: `ISSN: ${issn} Copyright ${style.curly ? "©" : "(c)"} ${style.year} The Institute for War & Peace Reporting`, kind: "boiler" }, blank());
  out.push(...separator(rng, style), blank());
  out.push(...para("If you wish to change your subscription details or unsubscribe please go to:", style));
  out.push({ text: "http://iwpr.net/subscribe", kind: "url-only" });
  return out;
}

const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** British number words: 234 → `two hundred and thirty-four`. */
export function numberWords(n: number): string {
  if (n < 20) return ONES[n]!;
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? "-" + ONES[n % 10] : "");
  if (n < 1000) return ONES[Math.floor(n / 100)] + " hundred" + (n % 100 ? " and " + numberWords(n % 100) : "");
  if (n < 1_000_000) {
    const rest = n % 1000;
    return numberWords(Math.floor(n / 1000)) + " thousand" + (rest ? (rest < 100 ? " and " : " ") + numberWords(rest) : "");
  }
  throw new Error(`numberWords: ${n} out of range`);
}

/** `7229` → `7,229`. */
export const withCommas = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
