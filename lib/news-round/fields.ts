// The news-round entry's text fields and their limit: shared by the schema and
// the form in the browser (kept apart from zod so the form bundles none).
export const NEWS_ROUND_FIELDS = ["budget", "staffing", "projects", "events", "body"] as const;
export type NewsRoundField = (typeof NEWS_ROUND_FIELDS)[number];

/** Characters per field, counted with line breaks as one character (as the browser counts them). */
export const NEWS_ROUND_MAX_LENGTH = 5000;
