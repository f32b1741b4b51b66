import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PATCH_MARK, PATCHED_FILES, patchSource } from "@/scripts/patch-next";

describe("the loopback patch of Next's proxy rewrites (scripts/patch-next.ts, next.js#94745)", () => {
  it("is applied to the installed Next (postinstall): if an upgrade moved the code, this fails", () => {
    for (const file of PATCHED_FILES) {
      expect(readFileSync(file, "utf8").split(PATCH_MARK).length - 1, file).toBe(2);
    }
  });

  it("makes the comparison see 127.0.0.1 and [::1] as localhost, and applies once", () => {
    const source =
      "const destination = (0, _r.getRelativeURL)(value, initUrl);\nconst rel = getRelativeURL(value, initUrl);";
    const patched = patchSource(source)!;
    expect(patchSource(patched)).toBe(patched);
    const initUrls = ["http://127.0.0.1:3000/a", "http://[::1]:3000/a", "https://10.0.0.5:3000/a"];
    const replace = /initUrl(\.replace\(.*?\)) \/\*/.exec(patched)![1]!;
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the patched expression itself, on sample addresses
    const apply = new Function("initUrl", `return initUrl${replace};`) as (url: string) => string;
    expect(initUrls.map(apply)).toEqual([
      "http://localhost:3000/a",
      "http://localhost:3000/a",
      "https://10.0.0.5:3000/a",
    ]);
  });

  it("leaves a source it does not recognise alone", () => {
    expect(patchSource("nothing to see")).toBeNull();
  });
});
