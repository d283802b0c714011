import { describe, expect, it } from "vitest";
import { extractQuotes } from "../quotes/index.ts";
import { articleOf, fakePeople } from "../quotes/fake-people.ts";

const speech = (paragraphs: string[]) => {
  const article = articleOf(paragraphs);
  return extractQuotes(article, fakePeople(article, [])).reportedSpeech.map((r) => r.speaker.name);
};

describe("reported speech: when is not who", () => {
  it("leaves a weekday or a time phrase out of the speaker", () => {
    expect(speech(["The Tarazi foreign ministry on Friday said the claims were false."])).toEqual(["The Tarazi foreign ministry"]);
    expect(speech(["Observers in Oskobol last week said the vote was flawed."])).toEqual(["Observers in Oskobol"]);
    expect(speech(["Analysts on March 12 warned that prices would rise."])).toEqual(["Analysts"]);
  });
  it("keeps a time word that is part of the description", () => {
    expect(speech(["Residents of the Friday market said the stalls were closed."])).toEqual(["Residents of the Friday market"]);
  });
  it("gives a quote the speaker without its weekday", () => {
    const article = articleOf(["The ministry on Tuesday said, “We will not allow this.”"]);
    expect(extractQuotes(article, fakePeople(article, [])).quotes[0]!.speaker.name).toBe("The ministry");
  });
});

describe("reported speech: a speaker is a source, not an abstract noun or a clause", () => {
  it("refuses an abstract head with a source only in its modifier", () => {
    expect(speech(["The growing anger among traders over the customs rules says much about the reforms."])).toEqual([]);
    expect(speech(["The absence of other groups from the coalition suggests the opposition is divided."])).toEqual([]);
    expect(speech(["Fear of losing their jobs means that many workers said little when wages were cut."])).toEqual([]);
  });
  it("refuses a clause with its own verb and object before a participle", () => {
    expect(speech(["The ministry handed the ambassador a protest note saying trains were held at the border."])).toEqual([]);
  });
  it("finds the subject after a conjunction when the words before it are a clause", () => {
    expect(speech(["Tarazstan Friday risked a row with its neighbours after the government confirmed it had closed the border."])).toEqual([
      "the government",
    ]);
  });
  it("still reads sources behind a connective, a place phrase or a quantifier", () => {
    expect(speech(["Meanwhile, the authorities say they are doing their best to help."])).toEqual(["the authorities"]);
    expect(speech(["But in the village of Kokterek, near Oskobol, farmers say the write-off has not reached them."])).toEqual(["farmers"]);
    expect(speech(["Many of the workers said they would leave for Russia in spring."])).toEqual(["Many of the workers"]);
    expect(speech(["A lawyer in Oskobol, who asked that she not be named, said the centre had received many complaints."])).toEqual([
      "A lawyer in Oskobol, who asked that she not be named",
    ]);
  });
});

describe("reported speech: a passive is not a report", () => {
  it("does not make the subject of 'are expected to' or 'is thought to' a speaker", () => {
    expect(speech(["Prosecutors are expected to announce their final list of indictments this year."])).toEqual([]);
    expect(speech(["The minister is widely believed to have left the country in May."])).toEqual([]);
    expect(speech(["Prosecutors expect the trial to open in the spring of next year."])).toEqual(["Prosecutors"]);
  });
});
