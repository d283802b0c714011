// @vitest-environment jsdom
/**
 * Person and place pages made without the app's renderer must be the app's
 * own markup, character for character, or the app would not adopt them
 * (hydrate) as it does every other prerendered page.
 */
import { afterEach, describe, expect, it } from "vitest";
import { generateArchive } from "../../../bench/synth/generate.ts";
import { createPageRenderer, setDataSource, type RenderedPage } from "../../app/ssr.tsx";
import { createGazetteer } from "../../gazetteer/index.ts";
import { loadNodeGazetteer } from "../../gazetteer/node.ts";
import type { Bulletin } from "../../parser/model/index.ts";
import { parseBulletin } from "../../parser/index.ts";
import { searchEmitter } from "../../search/emit.ts";
import { FIRST_PAGE_ITEMS } from "../../search/page-data.ts";
import { makeBulletin, sampleArchive } from "../../search/testing/bulletins.ts";
import { personPageTemplate, placePageTemplate } from "./entity-pages.ts";
import { CHECK_EVERY, templatePages } from "./template-pages.ts";

afterEach(() => setDataSource((url, init) => fetch(url, init)));

/** The search build's files for `bulletins` (file name → text), served to the app as the built site would. */
function site(bulletins: Bulletin[], gazetteer = createGazetteer(null)) {
  const files = new Map(searchEmitter(bulletins, undefined, gazetteer).map((f) => [f.fileName, f.source]));
  setDataSource(async (url) => {
    const body = files.get(new URL(url, "http://x").pathname.slice(1));
    return body === undefined ? new Response(null, { status: 404 }) : new Response(body, { headers: { "content-type": "application/json" } });
  });
  const read = (url: string): unknown => {
    const body = files.get(url.replace(/^\//, ""));
    return body === undefined ? undefined : JSON.parse(body);
  };
  const routes = [...files.keys()].flatMap((name) => {
    const [, folder, id] = /^data\/(people|places)\/([^/]+)\.json$/.exec(name) ?? [];
    return folder ? [`/${folder}/${id}`] : [];
  });
  return { files, read, routes };
}

/** Every person and place page, made here and by the app; and the warnings given. */
async function bothWays(bulletins: Bulletin[], gazetteer?: ReturnType<typeof createGazetteer>) {
  const { read, routes } = site(bulletins, gazetteer);
  const app = createPageRenderer();
  const warnings: string[] = [];
  const templates = templatePages([personPageTemplate(read), placePageTemplate(read)], (route) => app.render(route), (m) => warnings.push(m));
  const pages: Array<{ route: string; made: RenderedPage | null; app: RenderedPage }> = [];
  try {
    for (const route of routes) pages.push({ route, made: await templates.render(route), app: await app.render(route) });
  } finally {
    app.dispose();
  }
  return { pages, warnings, made: templates.made };
}

function expectSame(pages: Awaited<ReturnType<typeof bothWays>>["pages"]) {
  for (const page of pages) {
    expect(page.made, page.route).not.toBeNull();
    expect(page.made!.html, page.route).toBe(page.app.html);
    expect(page.made!.dataFiles, page.route).toEqual(page.app.dataFiles);
  }
}

const hostile = `<script>alert("x")</script> & 'Co' <b>`;
const hostileArchive = (): Bulletin[] => [
  makeBulletin({
    id: "mur-20",
    date: "2010-06-15",
    people: [
      { name: `Ann "Fox" O'Hara & <i>Sons</i>`, aliases: [`A. O'Hara`], roles: [`Mayor <b>of</b> "Tash" & more`] },
      { name: "Mentioned Only", roles: [] },
    ],
    places: [
      { name: `Fort <Script> & "Co"`, aliases: [`Fort 'Old'`], country: "KZ", lat: 43.2, lon: 76.9 },
      { name: "Nowhere Known" },
    ],
    articles: [
      {
        slug: "hostile-talk",
        headline: `Talks </title><script>alert(1)</script> & "Stall" at Fort <Script> & "Co"`,
        paragraphs: [
          `Ann "Fox" O'Hara & <i>Sons</i> said: “${hostile}” in Fort <Script> & "Co".`,
          "Mentioned Only was there, in Nowhere Known; “Nothing more,” said A. O'Hara.",
        ],
        quotes: [
          [0, `“${hostile}”`, `Ann "Fox" O'Hara & <i>Sons</i>`],
          [1, "“Nothing more,”", "A. O'Hara"],
        ],
      },
    ],
  }),
];

/** One person quoted in more articles than a page's file holds, some on the same day: the first screen, then the button for the rest. */
function quotedOften(): Bulletin[] {
  const count = FIRST_PAGE_ITEMS + 12;
  return Array.from({ length: count }, (_, i) =>
    makeBulletin({
      id: `mur-${100 + i}`,
      // Three quotes a day: the timeline's marks stack.
      date: `200${Math.floor(i / 12)}-0${1 + (Math.floor(i / 3) % 4)}-10`,
      people: [{ name: "Often Quoted", roles: i % 2 ? ["minister"] : ["minister", "envoy"] }],
      places: [{ name: "Busy Town", country: "KZ", lat: 42, lon: 70 }],
      articles: [
        {
          slug: `often-${i}`,
          headline: `Often Quoted speaks, ${i}`,
          paragraphs: [`In Busy Town, Often Quoted said “Item ${i} & <more>.”`],
          quotes: [[0, `“Item ${i} & <more>.”`, "Often Quoted"]],
        },
      ],
    }),
  );
}

describe("person and place pages made without the app's renderer", () => {
  it("are the app's markup for people with other spellings and roles, places with and without a map, and redirects", async () => {
    const { pages, warnings, made } = await bothWays(sampleArchive());
    expect(warnings).toEqual([]);
    expect(pages.some((p) => p.app.html.includes("data-timeline"))).toBe(true);
    expect(pages.some((p) => p.app.dataFiles.length === 2)).toBe(true); // a redirect followed
    expect(made.get("person pages")).toBe(4);
    expect(made.get("place pages")).toBe(4);
    expectSame(pages);
  });

  it("are the app's markup for hostile names, roles, quotes and headlines, a person without roles or quotes and a place without a country or map", async () => {
    const { pages, warnings } = await bothWays(hostileArchive());
    expect(warnings).toEqual([]);
    expectSame(pages);
    const person = pages.find((p) => p.app.html.includes("Sons"))!;
    expect(person.app.html).toContain("&lt;script&gt;");
    expect(person.app.html).not.toContain("<script>");
    expect(pages.some((p) => p.app.html.includes("No role is given"))).toBe(true);
    expect(pages.some((p) => p.app.html.includes("No quotes are attributed to"))).toBe(true);
    expect(pages.some((p) => p.app.html.includes("No map: the bulletins"))).toBe(true);
  });

  it("are the app's first screen for a person quoted more often than a page's file holds", async () => {
    const { pages, warnings } = await bothWays(quotedOften());
    expect(warnings).toEqual([]);
    expectSame(pages);
    const person = pages.find((p) => p.route.startsWith("/people/") && p.app.html.includes("Often Quoted"))!;
    expect(person.made!.html).toContain(`${FIRST_PAGE_ITEMS}<!-- --> of <!-- -->${FIRST_PAGE_ITEMS + 12}<!-- --> shown`);
    expect(person.made!.html).toContain("Show more quotes");
    expect(person.made!.html).toContain("Show more articles");
  });

  it("are the app's markup for the people and places of generated bulletins", async () => {
    const bulletins = generateArchive(6, 7).map((b) => parseBulletin(b.text, { fileName: `${b.fileName}.txt` }));
    const { pages, warnings } = await bothWays(bulletins, loadNodeGazetteer());
    expect(warnings).toEqual([]);
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.some((p) => p.app.html.includes(`role="img"`))).toBe(true);
    expectSame(pages);
  }, 60_000);

  it("leave a page to the app, without a warning, when a link's target is one React Router would rewrite", async () => {
    const { files, read, routes } = site(sampleArchive());
    const [first, second] = routes.filter((r) => r.startsWith("/people/"));
    const fileOf = (route: string) => `data/people/${route.split("/")[2]}.json`;
    const data = JSON.parse(files.get(fileOf(second!))!);
    const quote = data.person.quotes[0] ?? data.person.articles[0];
    quote.href = `/bulletins/./${quote.bulletinId}/../${quote.bulletinId}/articles/x#`;
    files.set(fileOf(second!), JSON.stringify(data));
    const app = createPageRenderer();
    const warnings: string[] = [];
    try {
      const templates = templatePages([personPageTemplate(read)], (route) => app.render(route), (m) => warnings.push(m));
      expect((await templates.render(first!))?.template).toBe("person pages");
      expect(await templates.render(second!)).toBeNull();
      // The app writes the link as it resolves it, not as the file has it.
      expect((await app.render(second!)).html).toContain(`href="/bulletins/${quote.bulletinId}/articles/x"`);
      expect(warnings).toEqual([]);
    } finally {
      app.dispose();
    }
  });

  it("leave a kind's pages to the app, with a warning, when its markup differs", async () => {
    const { read, routes } = site(sampleArchive());
    const app = createPageRenderer();
    const warnings: string[] = [];
    const otherwise = async (route: string) => {
      const page = await app.render(route);
      return { ...page, html: page.html.replace("Roles</h2>", "Offices</h2>") };
    };
    try {
      const templates = templatePages([personPageTemplate(read), placePageTemplate(read)], otherwise, (m) => warnings.push(m));
      const person = routes.find((r) => r.startsWith("/people/"))!;
      expect(await templates.render(person)).toBeNull();
      expect(warnings).toEqual([expect.stringContaining("person pages")]);
      expect(await templates.render(routes.filter((r) => r.startsWith("/people/"))[1]!)).toBeNull();
      // Place pages are still made: their markup is the app's.
      expect((await templates.render(routes.find((r) => r.startsWith("/places/"))!))?.template).toBe("place pages");
      expect(warnings).toHaveLength(1);
    } finally {
      app.dispose();
    }
  });

  it(`leave them to the app when a page checked (one in ${CHECK_EVERY}) differs, the app's page served`, async () => {
    const { read, routes } = site(sampleArchive());
    const person = routes.find((r) => r.startsWith("/people/"))!;
    const app = createPageRenderer();
    const warnings: string[] = [];
    let renders = 0;
    // The app's markup drifts after the layout was cut: the next check finds it.
    const drifting = async (route: string) => {
      const page = await app.render(route);
      return renders++ === 0 ? page : { ...page, dataFiles: [...page.dataFiles, "/data/archive.json"] };
    };
    try {
      const templates = templatePages([personPageTemplate(read)], drifting, (m) => warnings.push(m));
      for (let i = 1; i < CHECK_EVERY; i++) expect((await templates.render(person))?.template).toBe("person pages");
      const checked = await templates.render(person);
      expect(checked?.template).toBeUndefined();
      expect(checked?.dataFiles).toContain("/data/archive.json");
      expect(warnings).toEqual([expect.stringContaining("the app reads")]);
      expect(await templates.render(person)).toBeNull();
    } finally {
      app.dispose();
    }
  });
});
