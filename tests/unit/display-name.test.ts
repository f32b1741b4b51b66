// How one person is named to another (issue 9): the name, else a neutral
// "Työntekijä (kirjasto)", never the e-mail address; and a sweep of the
// source that no code falls back from a name to an address again.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { compareByName, displayName, displayNameWithLibrary, listNames, nameForSelf } from "@/lib/users/rules";

const fi = translator("fi");
const en = translator("en");

describe("displayName", () => {
  it("is the person's name, trimmed", () => {
    expect(displayName({ name: "  Hanna Virtanen ", libraryName: "Jyväskylän kaupunginkirjasto" }, fi)).toBe(
      "Hanna Virtanen",
    );
  });

  it("names someone without a name by their library, in a form that needs no inflection", () => {
    const person = { name: null, libraryName: "Jyväskylän kaupunginkirjasto" };
    expect(displayName(person, fi)).toBe("Työntekijä (Jyväskylän kaupunginkirjasto)");
    expect(displayName(person, en)).toBe("Staff member (Jyväskylän kaupunginkirjasto)");
    expect(displayName({ name: "   ", libraryName: "Akaan kaupunginkirjasto" }, fi)).toBe(
      "Työntekijä (Akaan kaupunginkirjasto)",
    );
  });

  it("has a word even for someone with neither a name nor a library", () => {
    expect(displayName({ name: null, libraryName: null }, fi)).toBe("Nimetön käyttäjä");
    expect(displayName({ name: null, libraryName: null }, en)).toBe("Unnamed user");
  });

  it("never shows an address, whatever else the person object carries", () => {
    const person = { name: null, libraryName: "Muuramen kirjasto", email: "marju@valkeakoski.fi" };
    for (const t of [fi, en]) {
      expect(displayName(person, t)).not.toContain("@");
      expect(displayNameWithLibrary(person, t)).not.toContain("@");
    }
  });

  it("adds the library beside a name for pickers and lists, not twice for the nameless", () => {
    expect(displayNameWithLibrary({ name: "Hanna", libraryName: "Jyväskylä" }, fi)).toBe("Hanna (Jyväskylä)");
    expect(displayNameWithLibrary({ name: "Hanna", libraryName: null }, fi)).toBe("Hanna");
    expect(displayNameWithLibrary({ name: null, libraryName: "Jyväskylä" }, fi)).toBe("Työntekijä (Jyväskylä)");
  });

  it("works with a client form's lookup too (fieldHelpers' tr)", () => {
    const text: Record<string, string> = { "person.unnamedOf": "Työntekijä ({library})" };
    const tr = (key: string, vars?: Record<string, string | number>) =>
      (text[key] ?? key).replace("{library}", String(vars?.library));
    expect(displayName({ name: null, libraryName: "Akaa" }, tr)).toBe("Työntekijä (Akaa)");
  });

  it("orders people by name, the nameless last", () => {
    const people = [
      { name: null, libraryName: "Akaa" },
      { name: "Öllö", libraryName: null },
      { name: "Anna", libraryName: null },
      { name: "Åke", libraryName: null },
    ];
    expect([...people].sort(compareByName).map((p) => p.name)).toEqual(["Anna", "Åke", "Öllö", null]);
  });

  it("joins names as a phrase of the reader's language", () => {
    expect(listNames(["Hanna", "Juli", "Laila"], "fi")).toBe("Hanna, Juli ja Laila");
    expect(listNames(["Hanna", "Juli"], "en")).toBe("Hanna and Juli");
  });

  it("names the signed-in person to themself by their own address when they have no name", () => {
    expect(nameForSelf({ name: null, email: "marju@valkeakoski.fi" })).toBe("marju@valkeakoski.fi");
    expect(nameForSelf({ name: "Marju", email: "marju@valkeakoski.fi" })).toBe("Marju");
  });
});

// ───────────── no fallback from a name to an address ─────────────

const ROOT = path.resolve(__dirname, "../..");
const SWEPT = ["lib", "components", "app"];
/** The one named path that may show an address in place of a name: the person themself (nameForSelf). */
const ALLOWED = new Set(["lib/users/rules.ts"]);

/** `x.name ?? x.email`, `name || email`, `?? user.email`, `a.name ? a.name : a.email`. */
const FALLBACKS = [/(?:\?\?|\|\|)\s*\(?\s*[\w$.?!]*\bemail\b/i, /\?\s*[\w$.?!]*\bname\b\s*:\s*[\w$.?!]*\bemail\b/i];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (entry === "node_modules" || entry === "generated") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry) ? [full] : [];
  });
}

const offending = (source: string) =>
  source
    .split("\n")
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => !line.startsWith("//") && !line.startsWith("*") && FALLBACKS.some((re) => re.test(line)));

describe("no code falls back from a person's name to their e-mail address", () => {
  it("the sweep catches the forms the fallback took", () => {
    for (const bad of [
      "name: u.name ?? u.email,",
      "chairName: chair ? (chair.name ?? chair.email) : null,",
      "const label = user.name || user.email;",
      "label: `${u.name ?? u.email} (${u.library.name})`,",
      "const shown = person.name ? person.name : person.email;",
      "name: user.name ?? user?.email ?? '',",
    ]) {
      expect(offending(bad), bad).toHaveLength(1);
    }
    for (const fine of [
      "email: user.email ?? null,",
      "return isAllowedToSignIn(user.email ?? '');",
      "to: user.email,",
    ]) {
      expect(offending(fine), fine).toHaveLength(0);
    }
  });

  it("finds none in lib/, components/ and app/", () => {
    const found = SWEPT.flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
      .map((file) => path.relative(ROOT, file).split(path.sep).join("/"))
      .filter((file) => !ALLOWED.has(file))
      .flatMap((file) =>
        offending(readFileSync(path.join(ROOT, file), "utf8")).map(({ number, line }) => `${file}:${number}: ${line}`),
      );
    expect(found).toEqual([]);
  });
});
