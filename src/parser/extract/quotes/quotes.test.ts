import { describe, expect, it } from "vitest";
import { extractQuotes } from "./index.ts";
import { articleOf, fakePeople, type FakePerson } from "./fake-people.ts";
import { findQuoteSpans } from "./marks.ts";

const GULNARA: FakePerson = { id: "gulnara-abdieva", name: "Gulnara Abdieva", forms: ["Gulnara Abdieva", "Abdieva", "Gulnara"], gender: "female" };
const TIMUR: FakePerson = { id: "timur-sadykov", name: "Timur Sadykov", forms: ["Timur Sadykov", "Sadykov"], gender: "male" };
const BOLOT: FakePerson = { id: "bolot-osmonov", name: "Bolot Osmonov", forms: ["Bolot Osmonov", "Osmonov"], gender: "male" };

function run(paragraphs: Parameters<typeof articleOf>[0], people: FakePerson[] = [GULNARA, TIMUR, BOLOT]) {
  const article = articleOf(paragraphs);
  const out = extractQuotes(article, fakePeople(article, people));
  for (const q of out.quotes) {
    const para = article.paragraphs.find((p) => p.id === q.paragraphId)!;
    expect(para.text.slice(q.start, q.end)).toBe(q.text);
  }
  return out;
}

describe("quote marks", () => {
  it("pairs straight quotes by position and keeps apostrophes out", () => {
    const text = `He said "it won't work" and left; "Never," she added.`;
    const spans = findQuoteSpans(text);
    expect(spans.map((s) => text.slice(s.textStart, s.textEnd))).toEqual(["it won't work", "Never,"]);
  });
  it("keeps a nested quote inside the outer one", () => {
    const text = "“When they order, we answer, “At once”, and go,” he said.";
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]!.textStart, spans[0]!.textEnd)).toBe("When they order, we answer, “At once”, and go,");
  });
});

describe("attribution in the quote's sentence", () => {
  it("reads `,” said X.` and `,” X said.`", () => {
    const { quotes } = run(["“Prices have doubled since spring,” said Timur Sadykov.", "“Nobody listens to us,” Abdieva said."]);
    expect(quotes.map((q) => [q.speaker.personId, q.attribution])).toEqual([["timur-sadykov", "explicit"], ["gulnara-abdieva", "explicit"]]);
  });
  it("reads a role before the name: `,” said farm owner X`", () => {
    const { quotes } = run(["“The harvest is lost,” said farm owner Bolot Osmonov at a village meeting."]);
    expect(quotes[0]!.speaker.personId).toBe("bolot-osmonov");
  });
  it("reads `X said, “…` and `According to X, “…`", () => {
    const { quotes } = run(["Osmonov said, “We will go to court.”", "According to Gulnara Abdieva, “the school has no heating at all”."]);
    expect(quotes.map((q) => q.speaker.personId)).toEqual(["bolot-osmonov", "gulnara-abdieva"]);
  });
  it("gives an unnamed source the description as written", () => {
    const { quotes } = run(["“We were not paid for months,” said a miner who had worked at the pit since 1995."]);
    expect(quotes[0]!.speaker).toEqual({ name: "a miner who had worked at the pit since 1995", personId: null });
    expect(quotes[0]!.attribution).toBe("unnamed");
  });
  it("reads a description before the quote", () => {
    const { quotes } = run(["One border guard, who asked not to be named, said, “The orders come from the capital.”"]);
    expect(quotes[0]!.speaker.name).toBe("One border guard, who asked not to be named");
    expect(quotes[0]!.speaker.personId).toBeNull();
  });
});

describe("partial quotes governed by a claim verb", () => {
  it("gives `X accused … of “…”` and `X described … as “…”` to the subject", () => {
    const { quotes } = run([
      "Bolot Osmonov, head of the farmers' union in the valley, accused the district of “starving the villages before the vote”.",
      "Gulnara Abdieva described the new tax as “legal robbery”.",
      "She also called the reform “a gift to the rich”.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker.personId])).toEqual([
      ["starving the villages before the vote", "bolot-osmonov"],
      ["legal robbery", "gulnara-abdieva"],
      ["a gift to the rich", "gulnara-abdieva"],
    ]);
  });
  it("does not read a participle or a passive claim verb as speech", () => {
    const { quotes } = run([
      "A movement called “Green Valley” held a rally.",
      "Osmonov was accused by the district of “sabotage”.",
      "The so-called “reformers” stayed away.",
      "Officials described the power cuts as “seasonal” repairs.",
    ]);
    expect(quotes).toEqual([]);
  });
});

describe("names the people pass left open", () => {
  it("reads a surname shared by two people as the one named in full most recently", () => {
    const ELDAR: FakePerson = { id: "eldar-aliev", name: "Eldar Aliev", forms: ["Eldar Aliev", "Aliev"], gender: "male" };
    const RUSTAM: FakePerson = { id: "rustam-aliev", name: "Rustam Aliev", forms: ["Rustam Aliev"], gender: "male" };
    const { quotes } = run(["Minister Eldar Aliev opened the dam.", "Farmer Rustam Aliev was not impressed.", "“The water never reaches us,” said Aliev."], [ELDAR, RUSTAM]);
    expect(quotes[0]!.speaker.personId).toBe("rustam-aliev");
  });
  it("reads a shared surname far from any full name as the first person introduced with it", () => {
    const ELDAR: FakePerson = { id: "eldar-aliev", name: "Eldar Aliev", forms: ["Eldar Aliev"], gender: "male" };
    const RUSTAM: FakePerson = { id: "rustam-aliev", name: "Rustam Aliev", forms: ["Rustam Aliev"], gender: "male" };
    const { quotes } = run(["Minister Eldar Aliev opened the dam.", "Farmer Rustam Aliev was not impressed.", "The dam cost a fortune.", "Nobody asked the farmers.", "“The work is done,” said Aliev."], [ELDAR, RUSTAM]);
    expect(quotes[0]!.speaker.personId).toBe("eldar-aliev");
  });
  it("keeps the name of a speaker the people pass did not know, without the role", () => {
    const { quotes } = run(["“The tariffs will rise again,” said Deputy Energy Minister Vesna Kralj.", "“We have no other choice,” she said."], []);
    expect(quotes.map((q) => [q.speaker.name, q.speaker.personId, q.attribution])).toEqual([
      ["Vesna Kralj", null, "explicit"],
      ["Vesna Kralj", null, "pronoun"],
    ]);
  });
  it("does not let `he` point at an institution", () => {
    const { quotes } = run(["The government has promised new wells.", "“We have heard that before,” he said."], []);
    expect(quotes[0]!.attribution).toBe("unknown");
  });
});

describe("pronouns and continuations", () => {
  it("resolves `he said` to the subject of the previous sentence, not a later name in it", () => {
    const { quotes } = run(["Regional official Timur Sadykov declined to discuss the plan announced by Osmonov.", "“We are waiting for instructions,” he said."]);
    expect(quotes[0]!.speaker.personId).toBe("timur-sadykov");
    expect(quotes[0]!.attribution).toBe("pronoun");
  });
  it("matches the pronoun's gender", () => {
    const { quotes } = run(["Gulnara Abdieva and her neighbour Timur Sadykov both lost their jobs.", "“I have three children to feed,” she said."]);
    expect(quotes[0]!.speaker.personId).toBe("gulnara-abdieva");
  });
  it("gives a second quote after the attribution the same speaker", () => {
    const { quotes } = run(["“The market is empty,” said Sadykov. “Traders have left for Russia.”"]);
    expect(quotes).toHaveLength(2);
    expect(quotes[1]!.speaker.personId).toBe("timur-sadykov");
    expect(quotes[1]!.attribution).toBe("continuation");
  });
  it("continues a quote over paragraphs that reopen with a mark", () => {
    const { quotes } = run(["“The first winter was the hardest. We burned furniture to keep warm.", "“Now at least we have coal,” said Gulnara Abdieva."]);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]!.unclosed).toBe(false);
    expect(quotes.map((q) => q.speaker.personId)).toEqual(["gulnara-abdieva", "gulnara-abdieva"]);
    expect(quotes[0]!.attribution).toBe("continuation");
  });
  it("keeps a pronoun pointing at an unnamed source unnamed, and `this man` pointing back to it", () => {
    const { quotes } = run([
      "A driver at the bus depot said salaries had been cut again.",
      "This man, who has three children, said the cuts came without warning.",
      "“We learned about it from the radio,” he said.",
    ]);
    expect(quotes[0]!.speaker).toEqual({ name: "A driver at the bus depot", personId: null });
  });
  it("takes the speaker of speech reported just before a quote whose attribution line was lost", () => {
    const { quotes } = run(["Bolot Osmonov, who runs the cooperative, said the prices were too low.", { text: "“We cannot sell below cost. If nothing changes we will", incomplete: true }]);
    expect(quotes[0]!.speaker.personId).toBe("bolot-osmonov");
    expect(quotes[0]!.unclosed).toBe(true);
  });
});

describe("what is not a quotation", () => {
  it("skips scare quotes around a term", () => {
    const { quotes } = run(["Half of the staff are “seasonal” workers hired each spring."]);
    expect(quotes).toEqual([]);
  });
  it("keeps a short quote attached to a speech verb", () => {
    const { quotes } = run(["Sadykov said the plan was “pure fantasy”."]);
    expect(quotes.map((q) => q.text)).toEqual(["pure fantasy"]);
    expect(quotes[0]!.speaker.personId).toBe("timur-sadykov");
  });
  it("keeps a partial quote inside a sentence", () => {
    const { quotes } = run(["Osmonov ordered the checks.", "In the present situation, he said, “it would be wiser to wait for the spring sowing”."]);
    expect(quotes[0]!.text).toBe("it would be wiser to wait for the spring sowing");
    expect(quotes[0]!.speaker.personId).toBe("bolot-osmonov");
  });
  it("gives a quote cut by a lost line the speaker of the quote that reopens in the next paragraph", () => {
    const { quotes } = run([
      "Osmonov told IWPR that the harvest was lost.",
      { text: "“Nobody came to help us, not the district and not the", incomplete: true },
      "“We sold the cattle to pay the debts,” said Gulnara Abdieva.",
    ]);
    expect(quotes[0]!.unclosed).toBe(true);
    expect(quotes[0]!.speaker.personId).toBe("gulnara-abdieva");
  });
  it("marks a quote unclosed when the next paragraph does not reopen it", () => {
    const { quotes } = run(["Abdieva said, “The clinic has been closed since May.", "The ministry did not reply."]);
    expect(quotes[0]!.unclosed).toBe(true);
  });
});

describe("reported speech", () => {
  it("finds `X said that …` with the clause as span and the verb as cue", () => {
    const article = articleOf(["Timur Sadykov said that the road would reopen in June."]);
    const { reportedSpeech } = extractQuotes(article, fakePeople(article, [TIMUR]));
    expect(reportedSpeech).toHaveLength(1);
    const r = reportedSpeech[0]!;
    expect(article.paragraphs[0]!.text.slice(r.start, r.end)).toBe("the road would reopen in June");
    expect(r.speaker.personId).toBe("timur-sadykov");
    expect(r.cue).toBe("said");
  });
  it("finds opinions of unnamed groups and `told IWPR`", () => {
    const article = articleOf(["Economists believe the currency will fall further.", "Osmonov told IWPR that the tax had ruined small traders."]);
    const { reportedSpeech } = extractQuotes(article, fakePeople(article, [BOLOT]));
    expect(reportedSpeech.map((r) => [r.speaker.name, r.cue])).toEqual([["Economists", "believe"], ["Bolot Osmonov", "told IWPR"]]);
  });
  it("does not take a request or a non-speaker subject", () => {
    const article = articleOf(["They wrote to Timur Sadykov asking him to stop the demolition.", "The new bridge, experts warn, said nothing."]);
    const { reportedSpeech } = extractQuotes(article, fakePeople(article, [TIMUR]));
    expect(reportedSpeech.filter((r) => r.speaker.personId === "timur-sadykov")).toEqual([]);
  });
  it("leaves sentences with direct quotes to the quote pass", () => {
    const article = articleOf(["Sadykov said, “The road will reopen in June.”"]);
    const { reportedSpeech, quotes } = extractQuotes(article, fakePeople(article, [TIMUR]));
    expect(reportedSpeech).toEqual([]);
    expect(quotes).toHaveLength(1);
  });
});

describe("a group written in capitals speaks as a description", () => {
  it("gives `,” said Border Guards` to an unnamed group, not a named person", () => {
    const { quotes } = run(["“We cannot let them pass,” said Border Guards at the crossing.", "Border Guards said, “The orders come from the capital.”"], []);
    expect(quotes.map((q) => [q.speaker.personId, q.attribution])).toEqual([[null, "unnamed"], [null, "unnamed"]]);
  });
});
