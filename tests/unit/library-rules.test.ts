import { describe, expect, it } from "vitest";
import { parseEmailDomains, slugify } from "@/lib/libraries/rules";

describe("parseEmailDomains", () => {
  it("reads lines, commas and spaces; lower case, no @, no repeats, in the order given", () => {
    expect(parseEmailDomains("@Tampere.FI\njkl.fi, tampere.fi  lempaala.fi\n")).toEqual({
      ok: true,
      domains: ["tampere.fi", "jkl.fi", "lempaala.fi"],
    });
  });
  it("blank is no domains", () => {
    expect(parseEmailDomains(" \n ")).toEqual({ ok: true, domains: [] });
  });
  it.each(["*.tampere.fi", "tampere", "user@tampere.fi", "tampere..fi", "-x.fi", "x_y.fi", "https://tampere.fi"])(
    "refuses %s",
    (text) => {
      expect(parseEmailDomains(text)).toMatchObject({ ok: false });
    },
  );
});

describe("slugify", () => {
  it("simplifies Finnish letters and spaces", () => {
    expect(slugify("Hämeenkyrön kirjasto")).toBe("hameenkyron-kirjasto");
    expect(slugify("  Jyväskylä / Keski  ")).toBe("jyvaskyla-keski");
  });
});
