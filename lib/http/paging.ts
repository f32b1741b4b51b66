// One page of a long list (issue 10: lists paginate): which page a request
// gets, and what the page says about itself. Shared by every paged list.

export type Page<T> = {
  rows: T[];
  /** 1-based; a page past the last is the last. */
  page: number;
  hasNext: boolean;
  /** The rows' positions in the whole list (1-based), and its length. */
  first: number;
  last: number;
  total: number;
};

/** The page to show of `total` rows, `size` a page (anything not a page number is the first), and its offset. */
export function pageWindow(total: number, page: number, size: number) {
  const pages = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  return { current, pages, offset: (current - 1) * size };
}

export function pageOf<T>(rows: T[], window: ReturnType<typeof pageWindow>, total: number): Page<T> {
  const { current, pages, offset } = window;
  return {
    rows,
    page: current,
    hasNext: current < pages,
    first: rows.length === 0 ? 0 : offset + 1,
    last: offset + rows.length,
    total,
  };
}

/** A page of a list already in memory (a report's rows, say): the same window over its slice. */
export function slicePage<T>(rows: T[], page: number, size: number): Page<T> {
  const window = pageWindow(rows.length, page, size);
  return pageOf(rows.slice(window.offset, window.offset + size), window, rows.length);
}
