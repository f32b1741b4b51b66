import { describe, expect, it } from "vitest";
import { areaCatalogues, en, fi } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translate";

describe("message catalogues", () => {
  it("have the same keys in Finnish and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fi).sort());
  });

  it("have the same keys per area, and no key in two areas", () => {
    const seen = new Set<string>();
    for (const area of areaCatalogues) {
      expect(Object.keys(area.en).sort()).toEqual(Object.keys(area.fi).sort());
      for (const key of Object.keys(area.fi)) {
        expect(seen.has(key), `duplicate key ${key}`).toBe(false);
        seen.add(key);
      }
    }
  });

  it("have no empty strings and the same placeholders in both languages", () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(fi) as (keyof typeof fi)[]) {
      expect(fi[key].trim(), key).not.toBe("");
      expect(en[key].trim(), key).not.toBe("");
      expect(placeholders(en[key]), key).toEqual(placeholders(fi[key]));
    }
  });

  it("translate with variables", () => {
    expect(translator("fi")("user.signedInAs", { name: "Hanna" })).toBe("Kirjautuneena: Hanna");
    expect(translator("en")("user.signedInAs", { name: "Hanna" })).toBe("Signed in as Hanna");
    expect(translator("fi")("nav.meetings")).toBe("Kokoukset");
  });
});
