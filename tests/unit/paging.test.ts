// The page window every paged list shares (lib/http/paging.ts): the page a
// request gets, clamped to the list, and what the page says about itself.
import { describe, expect, it } from "vitest";
import { pageWindow, slicePage } from "@/lib/http/paging";

const rows = Array.from({ length: 23 }, (_, i) => i + 1);

describe("pageWindow", () => {
  it("clamps to the first and the last page, and takes anything not a page number as the first", () => {
    expect(pageWindow(23, 2, 10)).toEqual({ current: 2, pages: 3, offset: 10 });
    expect(pageWindow(23, 9, 10)).toEqual({ current: 3, pages: 3, offset: 20 });
    expect(pageWindow(23, 0, 10)).toEqual({ current: 1, pages: 3, offset: 0 });
    expect(pageWindow(23, Number.NaN, 10)).toEqual({ current: 1, pages: 3, offset: 0 });
    expect(pageWindow(0, 4, 10)).toEqual({ current: 1, pages: 1, offset: 0 });
  });
});

describe("slicePage", () => {
  it("a middle page: its rows, their positions and whether more follow", () => {
    expect(slicePage(rows, 2, 10)).toEqual({
      rows: [11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
      page: 2,
      hasNext: true,
      first: 11,
      last: 20,
      total: 23,
    });
  });

  it("past the last page: the last, short page", () => {
    expect(slicePage(rows, 7, 10)).toEqual({
      rows: [21, 22, 23],
      page: 3,
      hasNext: false,
      first: 21,
      last: 23,
      total: 23,
    });
  });

  it("an empty list: one empty page", () => {
    expect(slicePage([], 1, 10)).toEqual({ rows: [], page: 1, hasNext: false, first: 0, last: 0, total: 0 });
  });
});
