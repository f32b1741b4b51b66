import { describe, expect, it } from "vitest";
import { pageNumber } from "@/lib/http/fields";

describe("a list's page from its address (lib/http/fields.ts pageNumber)", () => {
  it("reads a page number", () => {
    expect(pageNumber.parse("2")).toBe(2);
    expect(pageNumber.parse("10000")).toBe(10_000);
  });

  it("takes a repeated parameter's first value", () => {
    expect(pageNumber.parse(["3", "7"])).toBe(3);
  });

  it("makes anything else the first page", () => {
    for (const value of [undefined, "", "0", "-1", "1.5", "abc", "10001", [], ["x", "2"]]) {
      expect(pageNumber.parse(value), JSON.stringify(value)).toBe(1);
    }
  });
});
