import { describe, expect, it } from "vitest";
import { translateWith } from "@/components/forms/form-parts";
import { TEXT_LOCALE_KEY, LOCALES, withoutLocalePrefix } from "@/lib/i18n/config";
import { formatMessage, messageVariables, pluralBlocks, pluralCategories } from "@/lib/i18n/format";
import { areaCatalogues, en, fi } from "@/lib/i18n/messages";
import { catalogues, translator, type MessageKey } from "@/lib/i18n/translate";

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

  it("have no empty strings and the same variables, plain and plural, in both languages", () => {
    for (const key of Object.keys(fi) as MessageKey[]) {
      expect(fi[key].trim(), key).not.toBe("");
      expect(en[key].trim(), key).not.toBe("");
      expect(messageVariables(en[key]), key).toEqual(messageVariables(fi[key]));
    }
  });

  it("give every plural message the forms its language needs, and nothing the formatter cannot read", () => {
    let plurals = 0;
    for (const locale of LOCALES) {
      const needed = pluralCategories(locale);
      expect(needed, locale).toEqual(expect.arrayContaining(["one", "other"]));
      for (const [key, text] of Object.entries(catalogues[locale])) {
        for (const block of pluralBlocks(text)) {
          plurals++;
          for (const category of needed) expect(block.forms.has(category), `${locale} ${key}: ${category}`).toBe(true);
          for (const selector of block.forms.keys()) {
            expect(
              selector === "other" || /^=\d+$/.test(selector) || needed.includes(selector),
              `${key} ${selector}`,
            ).toBe(true);
          }
        }
        // A plural the parser does not understand would be shown as written.
        const vars = Object.fromEntries(messageVariables(text).map((name) => [name, 2]));
        expect(formatMessage(text, vars, locale), `${locale} ${key}`).not.toMatch(/[{}]/);
      }
    }
    expect(plurals).toBeGreaterThan(10);
  });
});

describe("translate", () => {
  it("fills in variables", () => {
    expect(translator("fi")("user.signedInAs", { name: "Hanna" })).toBe("Kirjautuneena: Hanna");
    expect(translator("en")("user.signedInAs", { name: "Hanna" })).toBe("Signed in as Hanna");
    expect(translator("fi")("nav.meetings")).toBe("Kokoukset");
  });

  it("chooses the plural form by the count, two counts independently", () => {
    const tEn = translator("en");
    const tFi = translator("fi");
    expect(tEn("afterSession.summary.count", { count: 1, sessions: 1 })).toBe("1 response (from 1 session)");
    expect(tEn("afterSession.summary.count", { count: 5, sessions: 2 })).toBe("5 responses (from 2 sessions)");
    expect(tEn("afterSession.summary.count", { count: 0, sessions: 0 })).toBe("0 responses (from 0 sessions)");
    expect(tFi("afterSession.summary.count", { count: 1, sessions: 1 })).toBe("1 palaute (1 tilaisuudesta)");
    expect(tFi("afterSession.summary.count", { count: 3, sessions: 2 })).toBe("3 palautetta (2 tilaisuudesta)");
    expect(tFi("kits.shippingDays", { count: 1 })).toBe("1 päivä");
    expect(tFi("kits.shippingDays", { count: 4 })).toBe("4 päivää");
    expect(tEn("newsRound.overview.summary", { submitted: 1, expected: 1 })).toBe(
      "1 of 1 expected library has submitted their news.",
    );
    expect(tEn("newsRound.overview.summary", { submitted: 2, expected: 5 })).toBe(
      "2 of 5 expected libraries have submitted their news.",
    );
  });

  it("leaves a message as written when its variables are not given, for the client to fill in", () => {
    const text = "{count, plural, one {# päivä} other {# päivää}}";
    expect(translator("fi")("kits.shippingDays")).toBe(text);
    const tr = translateWith({ "kits.shippingDays": text, [TEXT_LOCALE_KEY]: "fi" });
    expect(tr("kits.shippingDays", { count: 1 })).toBe("1 päivä");
    expect(tr("kits.shippingDays", { count: 7 })).toBe("7 päivää");
  });
});

describe("formatMessage", () => {
  it("prefers an exact =n form, nests plurals and their #, and leaves unknown placeholders", () => {
    const text =
      "{n, plural, =0 {ei yhtään} one {# kpl {name}} other {# kpl, {m, plural, one {# osa} other {# osaa}}}}";
    expect(formatMessage(text, { n: 0, m: 1 }, "fi")).toBe("ei yhtään");
    expect(formatMessage(text, { n: 1, name: "x", m: 1 }, "fi")).toBe("1 kpl x");
    expect(formatMessage(text, { n: 3, m: 1 }, "fi")).toBe("3 kpl, 1 osa");
    expect(formatMessage(text, { n: 3, m: 4 }, "fi")).toBe("3 kpl, 4 osaa");
    expect(formatMessage("{a} and {b} #", { a: 1 }, "en")).toBe("1 and {b} #");
    expect(messageVariables(text)).toEqual(["m", "n", "name"]);
  });

  it("uses the language's rules: decimals are 'other' in English", () => {
    const text = "{count, plural, one {# day} other {# days}}";
    expect(formatMessage(text, { count: 1 }, "en")).toBe("1 day");
    expect(formatMessage(text, { count: 1.5 }, "en")).toBe("1.5 days");
    expect(formatMessage(text, { count: "1" }, "en")).toBe("1 day");
    expect(formatMessage(text, { count: "many" }, "en")).toBe(text);
  });
});

describe("withoutLocalePrefix", () => {
  it("drops an explicit /en or /fi, and only a whole first segment", () => {
    expect(withoutLocalePrefix("/en")).toBe("/");
    expect(withoutLocalePrefix("/fi/koulutukset")).toBe("/koulutukset");
    expect(withoutLocalePrefix("/en/kokoukset/x/muokkaa")).toBe("/kokoukset/x/muokkaa");
    expect(withoutLocalePrefix("/enkeli")).toBe("/enkeli");
    expect(withoutLocalePrefix("/koulutukset/fi")).toBe("/koulutukset/fi");
    expect(withoutLocalePrefix("/")).toBe("/");
  });
});
