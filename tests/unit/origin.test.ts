import { describe, expect, it } from "vitest";
import { isSameOrigin } from "@/lib/http/origin";

const h = (init: Record<string, string>) => new Headers(init);

describe("origin check for mutating requests", () => {
  it("accepts a same-origin browser request", () => {
    expect(isSameOrigin(h({ origin: "https://pike.example", host: "pike.example" }))).toBe(true);
    expect(isSameOrigin(h({ "sec-fetch-site": "same-origin", host: "pike.example" }))).toBe(true);
  });

  it("refuses cross-site requests", () => {
    expect(isSameOrigin(h({ origin: "https://evil.example", host: "pike.example" }))).toBe(false);
    expect(
      isSameOrigin(h({ origin: "https://pike.example", host: "pike.example", "sec-fetch-site": "cross-site" })),
    ).toBe(false);
    expect(isSameOrigin(h({ origin: "https://pike.example.evil.example", host: "pike.example" }))).toBe(false);
  });

  it("refuses origin-less requests", () => {
    expect(isSameOrigin(h({ host: "pike.example" }))).toBe(false);
    expect(isSameOrigin(h({ origin: "null", host: "pike.example" }))).toBe(false);
  });
});
