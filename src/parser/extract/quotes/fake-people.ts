// Test support: an Article built from paragraph texts, and a PeopleLookup that
// finds the given people by the forms of their names, as the people pass would.
import type { Article } from "../../model/index.ts";
import type { PeopleLookup, PersonMention } from "../people-lookup.ts";

export interface FakePerson {
  readonly id: string;
  readonly name: string;
  /** Forms written in the text, longest first is not required. */
  readonly forms: readonly string[];
  readonly gender: "female" | "male" | null;
}

export function articleOf(paragraphs: ReadonlyArray<string | { text: string; incomplete: boolean }>, seriesCode = "RCA"): Article {
  return {
    slug: "made-up-article",
    headline: "Made-Up Article",
    headlineRaw: "MADE-UP ARTICLE",
    summary: "",
    section: null,
    authors: [],
    issueTag: { code: seriesCode, number: 1, date: null },
    paragraphs: paragraphs.map((p, i) => {
      const text = typeof p === "string" ? p : p.text;
      return { id: `p${i + 1}`, text, incomplete: typeof p === "string" ? false : p.incomplete, lines: { startLine: i + 1, endLine: i + 1 } };
    }),
    authorNote: null,
    quotes: [],
    statistics: [],
    reportedSpeech: [],
    lines: { startLine: 1, endLine: paragraphs.length },
  };
}

export function fakePeople(article: Article, people: readonly FakePerson[]): PeopleLookup {
  const mentions: PersonMention[] = [];
  for (const para of article.paragraphs) {
    const found: PersonMention[] = [];
    // Longest forms first across everyone, so "Rustam Aliev" wins over another person's "Aliev".
    const forms = people.flatMap((person) => person.forms.map((form) => ({ person, form }))).sort((a, b) => b.form.length - a.form.length);
    for (const { person, form } of forms) {
      {
        for (let i = para.text.indexOf(form); i >= 0; i = para.text.indexOf(form, i + 1)) {
          const end = i + form.length;
          if (/\w/.test(para.text[i - 1] ?? "") || /\w/.test(para.text[end] ?? "")) continue;
          if (found.some((m) => m.start < end && m.end > i)) continue;
          found.push({ personId: person.id, paragraphId: para.id, start: i, end });
        }
      }
    }
    mentions.push(...found.sort((a, b) => a.start - b.start));
  }
  const byId = new Map(people.map((p) => [p.id, p]));
  return {
    mentionsIn: () => mentions,
    resolve: (name) => people.find((p) => p.forms.includes(name) || p.name === name)?.id ?? null,
    nameOf: (id) => byId.get(id)?.name ?? id,
    genderOf: (id) => byId.get(id)?.gender ?? null,
  };
}
