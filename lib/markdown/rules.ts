// The rules of rendering user-written Markdown (minutes, descriptions): which
// URLs may become links, and how the text's headings fit under the page's
// own. Pure; used by components/markdown and unit-tested with an XSS corpus.

/** Schemes a link may use; anything else (javascript:, data:, vbscript:, relative) stays plain text. */
const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:"]);

/**
 * The href a Markdown link or autolink may have, or null to show it as text.
 * Browsers drop tabs and newlines inside URLs and trim control characters and
 * spaces around them, so those are removed before the scheme is read: a
 * scheme hidden as `java\tscript:` is still `javascript:`. Character
 * references (`&#106;avascript:`) are already decoded by the Markdown parser.
 */
export function safeMarkdownUrl(raw: string): string | null {
  // Exactly the characters browsers strip from URLs.
  const cleaned = raw.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1];
  if (!scheme || !SAFE_SCHEMES.has(`${scheme.toLowerCase()}:`)) return null;
  try {
    const url = new URL(cleaned);
    // The parsed, normalised form is what the page gets ("https:x" → "https://x/").
    return SAFE_SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The box rendered Markdown sits in, on pages and in the editor's preview alike. */
export const MARKDOWN_CLASS = "markdown space-y-3 break-words";

/**
 * The levels the text's headings get, in document order: its top headings
 * (the smallest depth used) become `base`, deeper ones follow without ever
 * skipping a level, and nothing goes past h6. So a "# Title" written in the
 * minutes of an item (whose own heading is h3) becomes an h4.
 */
export function shiftedHeadingLevels(depths: readonly number[], base: HeadingLevel): HeadingLevel[] {
  if (depths.length === 0) return [];
  const top = Math.min(...depths);
  let previous = base - 1;
  return depths.map((depth) => {
    const level = Math.max(base, Math.min(base + depth - top, previous + 1, 6)) as HeadingLevel;
    previous = level;
    return level;
  });
}

/** The elements Markdown may produce here; others are unwrapped to their text. */
export const ALLOWED_ELEMENTS = [
  "p",
  "br",
  "strong",
  "em",
  "del",
  "a",
  "img",
  "ul",
  "ol",
  "li",
  "input",
  "blockquote",
  "code",
  "pre",
  "hr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
] as const;
