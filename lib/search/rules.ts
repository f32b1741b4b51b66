// Pure helpers of meeting search: highlighted snippets as safe segments and
// the link to the exact spot on the meeting page.

/** ts_headline marks matches with these; the source text is stripped of them first. */
export const MARK_START = "\u0002";
export const MARK_STOP = "\u0003";

export type SnippetSegment = { text: string; mark: boolean };

/** Splits a headline into plain and marked parts; never HTML, so React escapes it. */
export function snippetSegments(headline: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let mark = false;
  let text = "";
  const flush = () => {
    if (!text) return;
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
    text = "";
  };
  for (const char of headline) {
    if (char === MARK_START || char === MARK_STOP) {
      flush();
      mark = char === MARK_START;
    } else {
      text += char;
    }
  }
  flush();
  return segments;
}

export const SEARCH_HIT_KINDS = ["meeting", "agendaItem", "minutes", "newsRound", "decision", "actionItem"] as const;
export type SearchHitKind = (typeof SEARCH_HIT_KINDS)[number];

/** The meeting page anchor of a hit: the agenda item, the news round or the decisions section. */
export function searchHitHref(meetingId: string, kind: SearchHitKind, position: number | null): string {
  const base = `/kokoukset/${meetingId}`;
  if (kind === "meeting") return base;
  if (kind === "newsRound") return `${base}#kuulumiskierros`;
  if (position !== null) return `${base}#kohta-${position}`;
  return `${base}#paatokset-ja-toimenpiteet`;
}
