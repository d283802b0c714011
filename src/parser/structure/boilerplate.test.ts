import { describe, expect, it } from "vitest";
import { boilerplateKind, isBoilerplate } from "./boilerplate.ts";

describe("boilerplate", () => {
  it("classifies the kinds of boilerplate", () => {
    expect(boilerplateKind("SERIES RSS: http://www.iwpr.net/en/x/rss.xml")).toBe("links");
    expect(boilerplateKind("THE SERIES provides the international community with news.")).toBe("about");
    expect(boilerplateKind("THE SERIES: Editor-in-Chief: A B; Managing Editor: C D.")).toBe("masthead");
    expect(boilerplateKind("IWPR - Europe, 1 Example Road, London\nTel: +44 20 0000 0000")).toBe("contacts");
    expect(boilerplateKind("ISSN: 1477-7924 Copyright © 2009 The Institute")).toBe("legal");
  });

  it("recognises headline lookalikes as boilerplate, not articles", () => {
    for (const t of ["NEW PROJECT: RADIO: http://iwpr.net/r", "KURT SCHORK AWARDS", "FOLLOW US ON TWITTER", "DONATE TO IWPR: please give.", "TURKMEN RADIO: INSIDE VIEW is a weekly programme.", "STEPPE REPORTERS NETWORK. IWPR has launched a website for its new programme."]) {
      expect(isBoilerplate(t), t).toBe(true);
    }
  });

  it("leaves article prose that names IWPR alone", () => {
    expect(isBoilerplate("Officials said IWPR has launched nothing of the kind in the region.")).toBe(false);
  });

  it("leaves article prose that names a website alone", () => {
    expect(isBoilerplate("According to the news portal www.example.kz, the plant is uncertain after shareholders met on January 19 to discuss possible closure of the whole business.")).toBe(false);
  });
});
