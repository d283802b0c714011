/**
 * Made-up bulletins in the parser's output shape, for the search tests. Offsets
 * and mentions are computed from the text, so they are always right.
 */
import { SCHEMA_VERSION } from "../../parser/model/index.ts";
import type { Article, Bulletin, Mention, Person, Place, Quote } from "../../parser/model/index.ts";
import { entitySlug } from "../entities.ts";

export interface ArticleSpec {
  slug: string;
  headline: string;
  summary?: string;
  authors?: string[];
  paragraphs: string[];
  /** [paragraph index, exact quote text, speaker name or null for unnamed] */
  quotes?: Array<[number, string, string | null]>;
}

export interface PersonSpec {
  name: string;
  aliases?: string[];
  roles?: string[];
}

export interface PlaceSpec {
  name: string;
  aliases?: string[];
  country?: string | null;
  lat?: number | null;
  lon?: number | null;
}

export interface BulletinSpec {
  id: string;
  date: string;
  articles: ArticleSpec[];
  people?: PersonSpec[];
  places?: PlaceSpec[];
}

const span = { startLine: 1, endLine: 1 };

function mentionsOf(names: string[], articles: Article[]): Mention[] {
  const out: Mention[] = [];
  for (const a of articles) {
    for (const p of a.paragraphs) {
      for (const name of names) {
        for (let at = p.text.indexOf(name); at >= 0; at = p.text.indexOf(name, at + 1)) {
          out.push({ articleSlug: a.slug, paragraphId: p.id, start: at, end: at + name.length });
        }
      }
    }
  }
  return out;
}

export function makeBulletin(spec: BulletinSpec): Bulletin {
  const people = spec.people ?? [];
  const personId = (name: string) => people.find((p) => p.name === name || p.aliases?.includes(name));
  const articles: Article[] = spec.articles.map((a) => {
    const paragraphs = a.paragraphs.map((text, i) => ({ id: `p${i + 1}`, text, incomplete: false, lines: span }));
    const quotes: Quote[] = (a.quotes ?? []).map(([pi, text, speaker], qi) => {
      const p = paragraphs[pi];
      if (!p) throw new Error(`fixture: no paragraph ${pi}`);
      const start = p.text.indexOf(text);
      if (start < 0) throw new Error(`fixture: "${text}" not in ${p.id}`);
      const person = speaker ? personId(speaker) : undefined;
      return {
        id: `q${qi + 1}`,
        text,
        paragraphId: p.id,
        start,
        end: start + text.length,
        speaker: { name: speaker ?? "a local worker", personId: person ? entitySlug(person.name) : null },
        attribution: speaker ? "explicit" : "unnamed",
        unclosed: false,
      };
    });
    return {
      slug: a.slug,
      headline: a.headline,
      headlineRaw: a.headline.toUpperCase(),
      summary: a.summary ?? "",
      section: null,
      authors: (a.authors ?? []).map((name) => ({ name, location: null, locations: [] })),
      issueTag: null,
      paragraphs,
      authorNote: null,
      quotes,
      statistics: [],
      reportedSpeech: [],
      lines: span,
    };
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    id: spec.id,
    sourceFile: `${spec.id}.txt`,
    series: "Made-up Report",
    seriesCode: "MUR",
    issue: 1,
    part: null,
    date: spec.date,
    title: null,
    toc: [],
    articles,
    newsBriefs: [],
    boilerplate: [],
    people: people.map(
      (p): Person => ({
        id: entitySlug(p.name),
        name: p.name,
        aliases: p.aliases ?? [],
        roles: p.roles ?? [],
        mentions: mentionsOf([p.name, ...(p.aliases ?? [])], articles),
      }),
    ),
    places: (spec.places ?? []).map(
      (p): Place => ({
        id: entitySlug(p.name),
        name: p.name,
        aliases: p.aliases ?? [],
        kind: "city",
        country: p.country ?? null,
        lat: p.lat ?? null,
        lon: p.lon ?? null,
        mentions: mentionsOf([p.name, ...(p.aliases ?? [])], articles),
      }),
    ),
    warnings: [],
  };
}

/** Two made-up bulletins a year apart, spelling the same people and places differently. */
export function sampleArchive(): Bulletin[] {
  return [
    makeBulletin({
      id: "mur-10",
      date: "2008-03-01",
      people: [
        { name: "Nursultan Nazarbayev", aliases: ["Nazarbayev"], roles: ["Prime Minister"] },
        { name: "Gulnara Tokayeva", aliases: ["Tokayeva"], roles: ["mill owner"] },
        { name: "Bakhyt Zhumabayev", roles: ["trade union leader"] },
      ],
      places: [
        { name: "Kazakhstan", country: "KZ", lat: 48, lon: 67 },
        { name: "Ust-Kamenogorsk", country: "KZ", lat: 49.95, lon: 82.61 },
      ],
      articles: [
        {
          slug: "mill-closes",
          headline: "Mill Closes in the East",
          summary: "Hundreds lose work as the flour mill shuts.",
          authors: ["Timur Sadykov"],
          paragraphs: [
            "The flour mill in Ust-Kamenogorsk, the largest in eastern Kazakhstan, shut on Monday.",
            "“We kept the lights on for as long as we could,” said Gulnara Tokayeva, who owns the mill.",
            "Prime Minister Nursultan Nazarbayev promised help. “Nobody will be left without bread,” Nazarbayev said.",
          ],
          quotes: [
            [1, "“We kept the lights on for as long as we could,”", "Gulnara Tokayeva"],
            [2, "“Nobody will be left without bread,”", "Nursultan Nazarbayev"],
          ],
        },
      ],
    }),
    makeBulletin({
      id: "mur-11",
      date: "2009-05-12",
      people: [
        { name: "Nursultan Nazarbaev", aliases: ["Nazarbaev"], roles: ["President"] },
        { name: "Vadim Pashkevich", aliases: ["Pashkevich"], roles: ["veterans' leader"] },
      ],
      places: [
        { name: "Kazakstan", aliases: ["Kazakhstan"], country: "KZ", lat: 48, lon: 67 },
        { name: "Oskemen", aliases: ["Ust-Kamenogorsk"], country: "KZ", lat: 49.95, lon: 82.61 },
        { name: "Pervomaysky", country: "KZ" },
      ],
      articles: [
        {
          slug: "army-housing",
          headline: "Army Housing Short",
          summary: "Conscripts sleep in tents in Kazakstan.",
          authors: ["Aigul Omarova"],
          paragraphs: [
            "Vadim Pashkevich, who leads a veterans' group in Oskemen, said the army has no room.",
            "“There are not enough barracks for the new conscripts,” said Pashkevich.",
            "President Nursultan Nazarbaev said in Pervomaysky: “Kazakstan will build what is needed.”",
            "“Nobody asked us,” said one conscript.",
          ],
          quotes: [
            [1, "“There are not enough barracks for the new conscripts,”", "Vadim Pashkevich"],
            [2, "“Kazakstan will build what is needed.”", "Nursultan Nazarbaev"],
            [3, "“Nobody asked us,”", null],
          ],
        },
      ],
    }),
  ];
}
