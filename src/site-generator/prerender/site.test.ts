import { describe, expect, it } from "vitest";
import { DEFAULT_SITE_URL, localSiteUrlWarning, siteUrlFromEnv } from "./site.ts";

describe("the site's address", () => {
  it("says a build without SITE_URL is not for publishing, and where its links point", () => {
    const lines = localSiteUrlWarning({});
    expect(lines[0]).toMatch(/^NOT FOR PUBLISHING: SITE_URL is not set/);
    expect(lines.join(" ")).toContain(DEFAULT_SITE_URL);
    expect(lines.join(" ")).toContain("SITE_URL=");
    expect(localSiteUrlWarning({ SITE_URL: "  " })).toEqual(lines);
  });

  it("says nothing when the build was told its address", () => {
    expect(localSiteUrlWarning({ SITE_URL: "https://bulletins.example.org" })).toEqual([]);
    expect(siteUrlFromEnv({ SITE_URL: "https://bulletins.example.org/archive/" })).toBe("https://bulletins.example.org/archive");
  });
});
