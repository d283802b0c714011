import { describe, expect, it } from "vitest";

/** Generating dozens of bulletins takes seconds on a loaded 2-core machine. */
const SLOW = 60_000;
import { generateArchive, generateBulletin } from "./generate.ts";
import { createRng } from "./prng.ts";
import { canDropLastLine } from "./damage.ts";
import { wrap } from "./layout.ts";

/** Undo what a parser's normalise pass undoes: mail quoting, `>From`, NBSP, hard wrapping. */
function unwrapParagraphs(text: string): string[] {
  const lines = text.split("\n").map((l) => l.replace(/^(\s*>)+ ?/, "").replace(/\u00a0/g, " ").trimEnd());
  const paras: string[] = [];
  let cur: string[] = [];
  for (const l of lines) {
    if (l.trim() === "") {
      if (cur.length) paras.push(cur.join(" "));
      cur = [];
    } else cur.push(l.trim());
  }
  if (cur.length) paras.push(cur.join(" "));
  return paras;
}
const unwrapped = (text: string): string => unwrapParagraphs(text).join("\n\n");

describe("prng", () => {
  it("repeats its stream for a seed and differs across seeds", () => {
    const a = createRng(42), b = createRng(42), c = createRng(43);
    const xs = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(xs);
    expect([c.next(), c.next(), c.next()]).not.toEqual(xs);
    const r = createRng(1);
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
    }
  }, SLOW);
});

describe("generateBulletin", () => {
  it("is deterministic for a seed", () => {
    expect(generateBulletin(123)).toEqual(generateBulletin(123));
    expect(generateArchive(5, 9).map((b) => b.text)).toEqual(generateArchive(5, 9).map((b) => b.text));
  }, SLOW);

  it("differs across seeds", () => {
    const texts = new Set(generateArchive(20, 1).map((b) => b.text));
    expect(texts.size).toBe(20);
    expect(generateBulletin(1).text).not.toBe(generateBulletin(2).text);
  }, SLOW);

  it("has the bulletin layout: title line, separators, one author note per article", () => {
    for (let seed = 0; seed < 30; seed++) {
      const b = generateBulletin(seed, { damage: false });
      const first = b.text.split("\n")[0]!;
      expect(first).toMatch(/IWPR.S (REPORTING CENTRAL ASIA|CAUCASUS REPORTING SERVICE|BALKAN CRISIS REPORT), NO\. \d+/i);
      // 2002 copies may carry the separator glued to the end of the line before it.
      expect(b.text).toMatch(/^\s*\*{4,} (VISIT IWPR ON-LINE: )?www\.iwpr\.net|^\s*\*\*\*\* (IWPR RESOURCES|NEW)|\*{10,} VISIT IWPR ON-LINE: www\.iwpr\.net/m);
      expect(b.text).toMatch(/ISSN: \d{4}-\d{4}/);
      expect(unwrapped(b.text)).toMatch(/Editor-in-Chief: [A-Z][a-z]+ [A-Z][a-z]+; Managing Editor:/);
      expect(b.truth.articles.length).toBe(b.truth.bulletin.articleCount);
      expect(b.truth.articles.length).toBeGreaterThanOrEqual(1);
      expect(b.truth.articles.length).toBeLessThanOrEqual(5);
      for (const a of b.truth.articles) {
        expect(a.paragraphCount).toBeGreaterThanOrEqual(10);
        expect(a.paragraphCount).toBeLessThanOrEqual(40);
        expect(unwrapped(b.text)).toContain(a.summary);
      }
    }
  }, SLOW);

  it("wraps lines at the chosen width outside 2002's one-line paragraphs", () => {
    const b = generateBulletin(77, { year: 2008, damage: false });
    const long = b.text.split("\n").filter((l) => l.trimEnd().length > 80 && !l.includes("http"));
    expect(long).toEqual([]);
  }, SLOW);

  it("every truth quote, statistic and paragraph start occurs in the unwrapped text", () => {
    for (const b of generateArchive(60, 5)) {
      const paras = unwrapParagraphs(b.text);
      const all = paras.join("\n");
      for (const a of b.truth.articles) {
        for (const q of a.quotes) expect(all, `${b.fileName}: quote ${q.contains}`).toContain(q.contains);
        for (const s of a.statistics.required) expect(all, `${b.fileName}: statistic ${s.contains}`).toContain(s.contains);
        for (const f of a.quotesForbidden) expect(all).toMatch(new RegExp(`[“"]${f}[”"]`));
        expect(paras.some((p) => p.startsWith(a.firstParagraphStartsWith))).toBe(true);
        expect(paras.some((p) => p.startsWith(a.lastParagraphStartsWith))).toBe(true);
        if (a.authorNoteStartsWith) expect(paras.some((p) => p.startsWith(a.authorNoteStartsWith!))).toBe(true);
      }
      for (const p of b.truth.people.required) {
        const forms = [p.name, ...(p.match ?? [])];
        expect(forms.some((f) => all.includes(f)), `${b.fileName}: person ${p.name}`).toBe(true);
      }
      for (const p of b.truth.places.required) expect(all, `${b.fileName}: place ${p.name}`).toContain(p.name);
    }
  }, SLOW);

  it("records quotations in every attribution pattern, with anonymous and scare-quoted terms", () => {
    const arts = generateArchive(40, 3, { damage: false }).flatMap((b) => b.truth.articles.map((a) => ({ a, text: unwrapped(b.text) })));
    const text = arts.map((x) => x.text).join("\n");
    expect(text).toMatch(/[,?]” said [A-Z]/); // “…,” said X.
    expect(text).toMatch(/,” [A-Z][a-z]+ said\./); // “…,” X said.
    expect(text).toMatch(/ said, “/); // X said, “…”
    expect(text).toMatch(/,” (he|she) said\./); // pronoun
    expect(text).toMatch(/, ‘[^’]+,’ /); // nested
    expect(arts.some(({ a }) => a.quotes.some((q) => "unnamed" in q.speaker))).toBe(true);
    expect(arts.some(({ a }) => a.quotesForbidden.length > 0)).toBe(true);
  }, SLOW);

  it("writes statistics in their real forms", () => {
    const stats = generateArchive(60, 4).flatMap((b) => b.truth.articles.flatMap((a) => a.statistics.required));
    expect(stats.some((s) => /^\d{1,3}(,\d{3})+$/.test(s.contains))).toBe(true); // 7,229
    expect(stats.some((s) => /^[A-Z][a-z]+ hundred/.test(s.contains) || /^[a-z]+ hundred/.test(s.contains))).toBe(true); // spelled out
    expect(stats.some((s) => /per ?cent/.test(s.contains) && s.unit)).toBe(true);
    expect(stats.some((s) => /billion|million/.test(s.contains) && s.unit === "dollar|usd")).toBe(true);
    expect(stats.some((s) => /^one billion$/.test(s.contains) && s.value === 1e9)).toBe(true);
  }, SLOW);

  it("gives each series its own name, places and dated issue", () => {
    for (const series of ["RCA", "CRS", "BCR"] as const) {
      const b = generateBulletin(11, { series, damage: false });
      expect(b.fileName.startsWith(series.toLowerCase() + "-")).toBe(true);
      expect(b.truth.bulletin.date).toMatch(/^(199\d|20[01]\d)-\d\d-\d\d$/);
      expect(b.truth.places.required.filter((p) => typeof p.lat === "number").length).toBeGreaterThan(0);
    }
    const crs = generateArchive(40, 8, { series: "CRS", damage: false });
    expect(crs.some((b) => b.text.includes("CAUCASUS NEWS UPDATE"))).toBe(true);
  }, SLOW);

  it("uses straight quotes before 2003 and curly ones from 2004", () => {
    const old = generateBulletin(5, { year: 2001, series: "BCR", damage: false });
    const recent = generateBulletin(5, { year: 2008, series: "RCA", damage: false });
    expect(old.text).not.toMatch(/[“”]/);
    expect(recent.text).toMatch(/[“”]/);
  }, SLOW);
});

describe("damage", () => {
  it("a dropped last line really leaves the paragraph unfinished, and the truth flags it", () => {
    let seen = 0;
    for (let seed = 0; seed < 20; seed++) {
      const clean = generateBulletin(seed, { damage: false, year: 2009 });
      const hurt = generateBulletin(seed, { damage: { dropParagraphLastLine: 1 }, year: 2009 });
      const cleanParas = unwrapParagraphs(clean.text);
      const hurtParas = unwrapParagraphs(hurt.text);
      for (const a of hurt.truth.articles) {
        for (const start of a.incompleteParagraphsStartWith) {
          seen++;
          // Dropping a paragraph's last line keeps the paragraph, so clean and damaged paragraphs stay aligned.
          expect(hurtParas.length).toBe(cleanParas.length);
          const i = hurtParas.findIndex((p, k) => p.startsWith(start) && p !== cleanParas[k]);
          expect(i, start).toBeGreaterThanOrEqual(0);
          const cut = hurtParas[i]!, whole = cleanParas[i]!;
          expect(cut.length).toBeLessThan(whole.length);
          expect(whole.startsWith(cut)).toBe(true);
          expect(cut).not.toMatch(/[.!?”"]$/);
        }
        const changed = hurtParas.filter((p, k) => p !== cleanParas[k]).length;
        expect(changed).toBe(hurt.truth.articles.reduce((n, x) => n + x.incompleteParagraphsStartWith.length, 0));
      }
      expect(clean.truth.articles.every((a) => a.incompleteParagraphsStartWith.length === 0)).toBe(true);
    }
    expect(seen).toBeGreaterThan(10);
  }, SLOW);

  it("only drops lines that end mid-sentence and hide no attribution", () => {
    const mk = (texts: string[]) => texts.map((text) => ({ text, kind: "body" as const }));
    expect(canDropLastLine(mk(["The plant closed and the workers had to find new", "work."]))).toBe(true);
    expect(canDropLastLine(mk(["“We have nothing left,” he", "said."]))).toBe(false);
    expect(canDropLastLine(mk(["The plant closed.", "It reopened."]))).toBe(false);
    expect(canDropLastLine(mk(["one line only"]))).toBe(false);
  }, SLOW);

  it("drops the title line and the first TOC line when asked", () => {
    const b = generateBulletin(31, { damage: { dropTitle: true, dropTocFirstLine: 1 }, year: 2009, articleCount: 3 });
    expect(b.text).not.toMatch(/WELCOME TO IWPR/);
    expect(b.truth.damage).toContain("title-dropped");
    const clean = generateBulletin(31, { damage: false, year: 2009, articleCount: 3 });
    expect(clean.text).toMatch(/WELCOME TO IWPR/);
  }, SLOW);

  it("escapes From lines mbox-style and can quote the whole mail", () => {
    const withFrom = generateArchive(40, 2, { damage: { mboxFrom: true, mboxContinuation: true } }).find((b) => b.truth.damage.includes("mbox-from-continued"));
    expect(withFrom).toBeDefined();
    expect(withFrom!.text).toMatch(/^>From /m);
    expect(withFrom!.text).not.toMatch(/^From /m);
    const quoted = generateBulletin(6, { damage: { quotedMail: true, mailHeaders: true } });
    const body = quoted.text.split("\n").slice(quoted.text.split("\n").findIndex((l) => l.startsWith(">")));
    expect(body.filter((l) => l !== "").every((l) => l.startsWith(">"))).toBe(true);
    expect(quoted.text).toMatch(/^Precedence: bulk$/m);
  }, SLOW);

  it("loses Cyrillic to question marks", () => {
    const hurt = generateArchive(40, 12, { damage: { lostCyrillic: true } });
    expect(hurt.some((b) => /\?{4,}/.test(b.text))).toBe(true);
    expect(hurt.every((b) => !/[\u0400-\u04ff]/.test(b.text))).toBe(true);
  }, SLOW);
});

describe("wrap", () => {
  it("never breaks words, so joining with spaces restores the text", () => {
    const t = "The industrial crisis unfolding in the region could leave a trail of ghost towns in its wake.";
    const lines = wrap(t, 30);
    expect(lines.every((l) => l.length <= 30)).toBe(true);
    expect(lines.join(" ")).toBe(t);
  }, SLOW);
});

describe("search queries", () => {
  it("target people, places and quotations that occur in the bulletin", () => {
    for (const b of generateArchive(10, 21)) {
      const kinds = new Set(b.truth.searchQueries.map((q) => q.kind));
      expect(kinds.has("exact")).toBe(true);
      for (const q of b.truth.searchQueries) {
        if (q.expect.type === "person") expect(b.truth.people.required.some((p) => p.name === (q.expect as { name: string }).name)).toBe(true);
        if (q.expect.type === "quote") expect(unwrapped(b.text).replace(/[“”"‘’',.?!]/g, "")).toContain(q.query);
        if (q.kind === "typo") expect(q.query).not.toBe((q.expect as { name: string }).name);
      }
    }
  }, SLOW);
});

describe("variants of unseen bulletins", () => {
  const archive = generateArchive(80, 11);
  const texts = archive.map((b) => b.text).join("\n");

  it("writes the layout variants real bulletins have", () => {
    const bcr = generateArchive(20, 4, { series: "BCR" });
    const team = bcr.flatMap((b) => b.truth.articles).filter((a) => a.authors[0] === "IWPR team");
    expect(team.length).toBeGreaterThan(0);
    expect(bcr.map((b) => b.text).join("\n")).toMatch(/IWPR team reports from [A-Z][a-z]+ and London\./);
    expect(texts).toMatch(/\(?(RCA|CRS|BCR) No\. ?\n/); // a tag wrapped inside
    expect(texts).toMatch(/^\s*By [A-Z][\p{L}-]+ ?\n[A-Z][\p{L}-]+ in /mu); // a TOC byline wrapped mid-name
    expect(texts).toMatch(/the ‘\d\d budget/);
    expect(texts).toMatch(/[a-z.]\*{18} VISIT IWPR ON-LINE/);
    expect(texts).toMatch(/^Reply via email to/m);
    expect(texts).toMatch(/^ {2,5}\S/m);
    expect(texts).toMatch(/NEWS BRIEFING [A-Z ]+ is IWPR/);
  }, SLOW);

  it("names people who follow none of the region's name patterns, and foundations named after people", () => {
    const names = archive.flatMap((b) => b.truth.people.required.map((p) => p.name));
    expect(names.some((n) => n.split(" ").length >= 3)).toBe(true); // Ahmad Shah X
    expect(names.some((n) => /yan$/.test(n))).toBe(true);
    expect(archive.some((b) => b.truth.people.forbidden.some((f) => / Foundation$/.test(f)))).toBe(true);
  }, SLOW);

  it("keeps the truth in the text's own damaged characters", () => {
    const damaged = archive.filter((b) => b.truth.damage.includes("cyrillic-lost") || b.truth.damage.includes("characters-lost"));
    expect(damaged.length).toBeGreaterThan(0);
    for (const b of damaged) {
      const truthText = JSON.stringify(b.truth.articles);
      expect(truthText).not.toMatch(/[\u0400-\u04ff]/);
      if (b.truth.damage.includes("characters-lost")) expect(truthText).not.toMatch(/\p{L}’\p{L}|–/u);
    }
  }, SLOW);

  it("matches each couple member by a word nobody else in the bulletin has", () => {
    for (const b of archive) {
      for (const p of b.truth.people.required.filter((x) => x.match)) {
        const others = b.truth.people.required.filter((q) => q !== p).flatMap((q) => [...q.name.split(/[ -]/), ...(q.match ?? [])]);
        for (const m of p.match!) expect(others, `${b.fileName}: ${m}`).not.toContain(m);
      }
    }
  }, SLOW);
});
