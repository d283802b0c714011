import { describe, expect, it } from "vitest";
import { article, bulletin } from "../test-support/bulletin.ts";
import { testGazetteer } from "../test-support/gazetteer.ts";
import type { PlaceContext } from "../places/context.ts";
import { extractPeople } from "./people.ts";

const ctx: PlaceContext = { gazetteer: testGazetteer, countries: ["KZ", "KG"] };
const run = (paragraphs: string[], authors: string[] = []) =>
  extractPeople(bulletin([article("a1", paragraphs, authors)]), ctx);
const names = (paragraphs: string[], authors: string[] = []) => run(paragraphs, authors).people.map((p) => p.name);

describe("people: evidence for a name", () => {
  it("accepts a regional surname ending, a known first name, a title or a speech verb", () => {
    expect(names(["The report was signed by Timur Bekmuratov last week."])).toEqual(["Timur Bekmuratov"]);
    expect(names(["The shop belongs to Gulnara Smith now."])).toEqual(["Gulnara Smith"]);
    expect(names(["Then Governor Hank Pellow arrived."])).toEqual(["Hank Pellow"]);
    expect(names(["Later Quill Brantley said nothing."])).toEqual(["Quill Brantley"]);
  });
  it("rejects two capitalised words with no sign of a person", () => {
    expect(names(["They went to Grand Canyon Lodge for the weekend."])).toEqual([]);
    expect(names(["The Silver Meadow project closed."])).toEqual([]);
  });
});

describe("people: names of no regional shape", () => {
  it("takes both members of a couple introduced by a kinship word, whatever their names look like", () => {
    expect(names(["Married couple Saranda and Luan Leka from Vlora say they must leave."]).sort()).toEqual(["Luan Leka", "Saranda Leka"]);
    expect(names(["Buses run between Saranda and Luan Leka every day."])).toEqual([]);
  });
  it("takes a name after a diplomat's, cleric's or refugee's role noun, not the role's other words", () => {
    expect(names(["“We wait,” said Iranian cleric Farzad Bakhtiari."])).toEqual(["Farzad Bakhtiari"]);
    expect(names(["German diplomat Ingrid Thornley told IWPR little had changed."])).toEqual(["Ingrid Thornley"]);
    expect(names(["The Iranian cleric and Quill Harbour trade went on."])).toEqual([]);
  });
});

describe("people: organisations are not people", () => {
  it("rejects runs with an organisation word, acronyms, inner capitals and domains", () => {
    expect(names(["Workers at the Karabulak Tractors Plant and the Dostyk Holding were paid late."])).toEqual([]);
    expect(names(["A KazNews report said so, according to the Infoburo.kz portal."])).toEqual([]);
    expect(names(["The Tashkent Regional Court ruled against KMTZ."])).toEqual([]);
  });
  it("rejects a name introduced by an org noun, or followed by one", () => {
    expect(names(["Output fell at brick producer Kirpichov and at the Aisulin newspaper."])).toEqual([]);
    expect(names(["Sales of Zhetysov wine and brandy plant dropped."])).toEqual([]);
  });
  it("still accepts a person who later mentions a company", () => {
    expect(names(["Ruslan Abenov runs a small company in town."])).toEqual(["Ruslan Abenov"]);
  });
});

describe("people: ordinary and national words", () => {
  it("drops a sentence-initial ordinary word glued to a name", () => {
    expect(names(["Meanwhile Yerlan Dzhaksybekov left."])).toEqual(["Yerlan Dzhaksybekov"]);
  });
  it("does not take nationality adjectives for names", () => {
    expect(names(["Several Kyrgyz Uzbeks left; Central Asian banks froze."])).toEqual([]);
  });
  it("does not take a known place for a person", () => {
    expect(names(["They moved to Ust-Tobolsk."])).toEqual([]);
  });
});

describe("people: roles", () => {
  it("records a capitalised title before the name, reaching back over 'X and'", () => {
    const p = run(["said Health and Social Protection Minister Kanat Orazov at a briefing."]).people[0]!;
    expect(p.name).toBe("Kanat Orazov");
    expect(p.roles).toEqual(["Health and Social Protection Minister"]);
  });
  it("records a lowercase role before the name", () => {
    expect(run(["said trade union leader Bolat Esimov."]).people[0]!.roles).toEqual(["trade union leader"]);
  });
  it("records an appositive role after the name", () => {
    const p = run(["Zarina Kulova, head of the Open Steppe Foundation, disagreed."]).people[0]!;
    expect(p.roles).toEqual(["head of the Open Steppe Foundation"]);
  });
  it("does not take an ordinary appositive for a role", () => {
    expect(run(["Zarina Kulova, whose house burned down, disagreed."]).people[0]!.roles).toEqual([]);
  });
});

describe("people: merging mentions into one person", () => {
  it("resolves a surname-only mention to the full name and keeps it as an alias", () => {
    const r = run(["Analyst Ruslan Temirov spoke first.", "Temirov added that prices rose."]);
    expect(r.people).toHaveLength(1);
    expect(r.people[0]!.aliases).toEqual(["Temirov"]);
    expect(r.people[0]!.mentions.map((m) => m.paragraphId)).toEqual(["p1", "p2"]);
  });
  it("merges spelling variants of the surname", () => {
    const r = run(["President Islam Karimbayev spoke.", "Later Islam Karimbaev left.", "Karimbaev said no."]);
    expect(r.people).toHaveLength(1);
  });
  it("never merges a feminine and a masculine surname, or two people sharing a first name", () => {
    expect(names(["Daulet Abaev met Saule Abaeva.", "Daulet Kimov came too.", "Abaev said yes."]).sort()).toEqual(
      ["Daulet Abaev", "Daulet Kimov", "Saule Abaeva"],
    );
    const r = run(["Daulet Abaev met Saule Abaeva.", "Daulet Kimov came too.", "Daulet said yes."]);
    // "Daulet" alone is ambiguous here: no one gets it
    expect(r.people.every((p) => !p.aliases.includes("Daulet"))).toBe(true);
  });
  it("resolves a first-name-only mention when one person has that first name", () => {
    const r = run(["The farmer Gulnar Sadykova lost her job.", "Gulnar said she would leave."]);
    expect(r.people).toHaveLength(1);
    expect(r.people[0]!.mentions).toHaveLength(2);
  });
  it("drops a lone capitalised word that matches nobody", () => {
    expect(names(["Unemployment rose.", "Burkitbay said so."])).toEqual([]);
  });
  it("keeps 'President X' with no full name anywhere, known by surname", () => {
    expect(names(["President Tokhtarbekov signed it."])).toEqual(["Tokhtarbekov"]);
  });
});

describe("people: couples and families", () => {
  it("reads 'A and B Surname' as two people sharing the surname", () => {
    expect(names(["The pensioners Dina and Murat Seitkali moved away."]).sort()).toEqual(["Dina Seitkali", "Murat Seitkali"]);
  });
  it("reads 'the Surnames' as a mention of each, not as a person", () => {
    const r = run(["The pensioners Dina and Murat Seitkalievs moved away.", "Later the Seitkalievs came back."]);
    expect(r.people.map((p) => p.name)).not.toContain("Seitkalievs");
    const r2 = run(["Dina and Murat Seitkaliev moved away.", "Later the Seitkalievs came back."]);
    expect(r2.people).toHaveLength(2);
    for (const p of r2.people) expect(p.mentions.map((m) => m.paragraphId)).toContain("p2");
  });
  it("does not invent a couple from an ordinary capitalised word before 'and'", () => {
    expect(names(["Yesterday and Timur Bekmuratov spoke."])).toEqual(["Timur Bekmuratov"]);
  });
});

describe("people: authors and ids", () => {
  it("adds byline authors as people, but not 'IWPR staff'", () => {
    expect(names(["Nothing here."], ["Aigerim Tulenova", "IWPR staff"])).toEqual(["Aigerim Tulenova"]);
  });
  it("gives readable unique slugs as ids", () => {
    const r = run(["Askar Nurlanov met Askar Nurlanov-Bek."]);
    expect(r.people.map((p) => p.id)).toEqual(["askar-nurlanov", "askar-nurlanov-bek"]);
  });
  it("records offsets that slice back to the name", () => {
    const text = "Then Sanzhar Utepov said so.";
    const m = run([text]).people[0]!.mentions[0]!;
    expect(text.slice(m.start, m.end)).toBe("Sanzhar Utepov");
  });
});

describe("PeopleLookup", () => {
  const r = run(["Prime Minister Daniyar Kuanov spoke. Zhibek Amanova, an economist, agreed.", "Kuanov left."]);
  it("resolves full names, surnames, titled names and first names", () => {
    const id = r.people.find((p) => p.name === "Daniyar Kuanov")!.id;
    expect(r.lookup.resolve("Kuanov", "a1")).toBe(id);
    expect(r.lookup.resolve("Prime Minister Daniyar Kuanov", "a1")).toBe(id);
    expect(r.lookup.resolve("Daniyar", "a1")).toBe(id);
    expect(r.lookup.resolve("Somebody Else", "a1")).toBeNull();
  });
  it("lists mentions in reading order and tells gender", () => {
    expect(r.lookup.mentionsIn("a1").map((m) => r.lookup.nameOf(m.personId))).toEqual(["Daniyar Kuanov", "Zhibek Amanova", "Daniyar Kuanov"]);
    expect(r.lookup.genderOf(r.lookup.resolve("Amanova", "a1")!)).toBe("female");
    expect(r.lookup.genderOf(r.lookup.resolve("Kuanov", "a1")!)).toBe("male");
  });
});

describe("people: appositive roles end at a relative clause", () => {
  it("keeps 'union leader', not what follows 'who'", () => {
    expect(run(["said Goran Petkovic, a union leader who has worked for years."]).people[0]!.roles).toEqual(["union leader"]);
  });
});

describe("people: a role noun starting a sentence", () => {
  it("is a role, not a first name", () => {
    const p = run(["Sociologist Kanysh Abdrakhmanova expressed concern."]).people;
    expect(p.map((x) => [x.name, x.roles])).toEqual([["Kanysh Abdrakhmanova", ["Sociologist"]]]);
  });
  it("does not drop a name whose later words merely look like an org noun", () => {
    expect(names(["Minister Nurbol Sauranbaev expressed concern about prices."])).toEqual(["Nurbol Sauranbaev"]);
  });
});

describe("people: a place with a speech verb is still a place", () => {
  it("rejects a gazetteer place even when followed by 'declined'", () => {
    expect(names(["Officials in Novy Ozek declined to comment."])).toEqual([]);
  });
});

describe("people: Tajik surnames", () => {
  it("reads -zoda as a surname ending, also in a couple", () => {
    expect(names(["The couple Parvina and Qodir Nazarzoda moved away."]).sort()).toEqual(["Parvina Nazarzoda", "Qodir Nazarzoda"]);
  });
});

describe("people: Georgian surnames without -shvili or -dze", () => {
  it("reads -uri and -ava as surname endings", () => {
    expect(names(["It was signed by Levan Gelovani and by Tamaz Kvinikhuri."]).sort()).toEqual(["Levan Gelovani", "Tamaz Kvinikhuri"]);
  });
});

describe("people: a couple's first name that is also a village", () => {
  it("is still a first name when it is a known one", () => {
    // "Karabulak" would be refused (a village in the test gazetteer); "Aigerim" is a known first name
    expect(names(["The couple Aigerim and Dauren Kaliev left."]).sort()).toEqual(["Aigerim Kaliev", "Dauren Kaliev"]);
    expect(names(["Karabulak and Dauren Kaliev left."])).toEqual(["Dauren Kaliev"]);
  });
});

describe("people: one-word aliases shared by two people", () => {
  it("are kept off both, while each keeps its mentions", () => {
    const b = bulletin([
      article("a1", ["Vuk Jankovski spoke.", "Jankovski left."]),
      article("a2", ["Ante Jankovski spoke.", "Jankovski stayed."]),
    ]);
    const r = extractPeople(b, ctx);
    expect(r.people.map((p) => [p.name, p.aliases, p.mentions.length])).toEqual([
      ["Vuk Jankovski", [], 2],
      ["Ante Jankovski", [], 2],
    ]);
  });
});

describe("people: a capitalised plural noun for a group is no person", () => {
  it("rejects groups written in capitals, with a speech verb or a role word", () => {
    expect(names(["Border Guards said the crossing would stay shut.", "Internally Displaced Persons told IWPR they had no food."])).toEqual([]);
    expect(names(["Emergency Volunteers explained that the river rose.", "Kyrgyz Migrants said the rules changed."])).toEqual([]);
  });
  it("keeps a person beside the group, and a surname that merely ends in -s", () => {
    expect(names(["Traffic Inspectors stopped Timur Bekmuratov, who said nothing."])).toEqual(["Timur Bekmuratov"]);
    expect(names(["Vytautas Landsbergis said the talks failed."])).toEqual(["Vytautas Landsbergis"]);
  });
});

describe("people: a villager named by a given name alone", () => {
  it("is a person when an age or a person noun introduces the word", () => {
    expect(names(["Gulnara, a 45-year-old mother of three, said the school had closed."])).toEqual(["Gulnara"]);
    expect(names(["“Nobody came,” said Bakyt, a farmer from the next valley."])).toEqual(["Bakyt"]);
    expect(names(["Ermekbai, 52, has not been paid since spring."])).toEqual(["Ermekbai"]);
    expect(names(["Her neighbour Zarema keeps goats."])).toEqual(["Zarema"]);
  });
  it("is a person when a first name we know speaks", () => {
    expect(names(["Aigul said the bus no longer comes."])).toEqual(["Aigul"]);
  });
  it("keeps the role the apposition gives and the later mentions", () => {
    const r = run(["Gulnara, a 45-year-old mother of three, sells bread.", "Gulnara said prices doubled."]);
    expect(r.people.map((p) => [p.name, p.roles, p.mentions.length])).toEqual([["Gulnara", ["45-year-old mother of three"], 2]]);
    expect(r.lookup.genderOf(r.people[0]!.id)).toBe("female");
  });
  it("takes the gender from the apposition when the name does not tell", () => {
    const r = run(["Zhyldyz, a mother of four, sells bread."]);
    expect(r.lookup.genderOf(r.people[0]!.id)).toBe("female");
  });
  it("is no person without such an introduction, as a place, or when someone else bears the name", () => {
    expect(names(["Burkitbay said so.", "Islam is the main religion.", "Ozerny, a small town near the border, emptied."])).toEqual([]);
    expect(names(["Daulet Abaev met Daulet Kimov.", "Daulet, a farmer, said no."]).sort()).toEqual(["Daulet Abaev", "Daulet Kimov"]);
  });
});

describe("people: a country is no surname", () => {
  it("does not take 'X of Georgia, former chief of staff' for a person called Georgia (a -ia surname ending)", () => {
    expect(names(["Daniyar Kuanov of Georgia, former chief of staff of the army, said this week he had left."])).toEqual(["Daniyar Kuanov"]);
  });
});

describe("people: a name that lost letters to a wrong encoding", () => {
  it("is still a person, and says its name lost letters", () => {
    const r = run(["?rdasher Ismoilov told IWPR the harvest failed."]);
    expect(r.people.map((p) => [p.name, p.lostLetters])).toEqual([["?rdasher Ismoilov", true]]);
  });
  it("is the person named intact elsewhere, under the intact spelling", () => {
    const r = run(["Rustam Mahmudov, the head of the district, left.", "Later Ma?mudov said the road was closed.", "?ustam Mahmudov came back."]);
    expect(r.people.map((p) => [p.name, p.mentions.length, p.lostLetters])).toEqual([["Rustam Mahmudov", 3, undefined]]);
    expect(r.people[0]!.aliases).toEqual(expect.arrayContaining(["Ma?mudov", "?ustam Mahmudov"]));
  });
});

describe("people: a byline name that lost its capital to a wrong encoding", () => {
  it("is still an author, and says its name lost letters", () => {
    expect(run(["Nothing here."], ["Lola Example", "?rdasher Example"]).people.map((p) => [p.name, p.lostLetters])).toEqual([
      ["Lola Example", undefined],
      ["?rdasher Example", true],
    ]);
  });
});

describe("people: more ways a given name alone is introduced", () => {
  it("reads a person noun before the comma and a longer apposition after it", () => {
    expect(run(["Her neighbour, Rahmon, a retired school teacher, disagreed."]).people.map((p) => [p.name, p.roles])).toEqual([
      ["Rahmon", ["retired school teacher"]],
    ]);
  });
  it("reads a relative clause only a person takes", () => {
    expect(names(["Mirzo, who sells vegetables at the market, said customs officers demanded bribes."])).toEqual(["Mirzo"]);
  });
  it("keeps an age as evidence, not as a role", () => {
    expect(run(["Dilbar, 38, sews dresses at home."]).people.map((p) => [p.name, p.roles])).toEqual([["Dilbar", []]]);
  });
});

describe("people: a village named after a preposition is no given name", () => {
  it("does not take 'in X, who …' or 'from X, a …' for a person", () => {
    expect(names(["A teacher in Kokterek, who did not want to give her name, said the pipe was cut."])).toEqual([]);
    expect(names(["Aid came from Kokterek, a farming village, last week."])).toEqual([]);
  });
});

describe("people: words that open a quotation or a sentence are no given names", () => {
  it("does not take 'Frankly, my mother …' or 'Sadly, the farmer …' for a person", () => {
    expect(names(["She said, “Frankly, my mother waited three days for a doctor.”"])).toEqual([]);
    expect(names(["“Honestly, my husband has been in Russia for years,” she said."])).toEqual([]);
    expect(names(["Sadly, the farmer who spoke to us has since left."])).toEqual([]);
  });
});
