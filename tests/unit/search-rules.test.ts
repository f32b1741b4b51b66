import { describe, expect, it } from "vitest";
import { searchHitHref, snippetSegments } from "@/lib/search/rules";
import { searchQuerySchema } from "@/lib/search/schema";

describe("snippetSegments", () => {
  it("splits a headline on the sentinels into plain and marked parts", () => {
    expect(snippetSegments("Uusi \u0002omatoimikirjasto\u0003 avattiin \u0002kirjastoon\u0003")).toEqual([
      { text: "Uusi ", mark: false },
      { text: "omatoimikirjasto", mark: true },
      { text: " avattiin ", mark: false },
      { text: "kirjastoon", mark: true },
    ]);
  });

  it("keeps markup as text and merges neighbours of one kind", () => {
    expect(snippetSegments("<b>a</b>\u0002x\u0003\u0002y\u0003")).toEqual([
      { text: "<b>a</b>", mark: false },
      { text: "xy", mark: true },
    ]);
    expect(snippetSegments("")).toEqual([]);
  });
});

describe("searchHitHref", () => {
  it("links to the item, the news round or the decisions section", () => {
    expect(searchHitHref("m", "minutes", 4)).toBe("/kokoukset/m#kohta-4");
    expect(searchHitHref("m", "newsRound", null)).toBe("/kokoukset/m#kuulumiskierros");
    expect(searchHitHref("m", "decision", null)).toBe("/kokoukset/m#paatokset-ja-toimenpiteet");
    expect(searchHitHref("m", "meeting", null)).toBe("/kokoukset/m");
  });
});

describe("searchQuerySchema", () => {
  it("trims and takes 2–200 characters", () => {
    expect(searchQuerySchema.parse({ q: "  ab " })).toEqual({ q: "ab" });
    expect(searchQuerySchema.safeParse({ q: " a " }).success).toBe(false);
    expect(searchQuerySchema.safeParse({ q: "x".repeat(201) }).success).toBe(false);
  });
});
