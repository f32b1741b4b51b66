// The standard agenda every new meeting starts from, as the steering group
// has held its meetings (the autumn 2023 minutes): opening, news round, the
// previous meeting's action items, then the meeting's own matters, other
// matters, the next meeting and closing. Titles are Finnish: they are the
// meeting's own text, stored in the database, not UI strings.
import type { AgendaItemKind } from "@/lib/db/enums";

export type AgendaTemplateItem = { kind: AgendaItemKind; title: string; body: string };

export const STANDARD_AGENDA: readonly AgendaTemplateItem[] = [
  { kind: "OPENING", title: "Kokouksen avaus", body: "Puheenjohtaja avaa kokouksen ja todetaan läsnäolijat." },
  {
    kind: "NEWS_ROUND",
    title: "Kuulumiskierros",
    body: "Jäsenkirjastojen kuulumiset: talous, henkilöstö, hankkeet ja tapahtumat.",
  },
  {
    kind: "PREVIOUS_ACTIONS",
    title: "Edellisen kokouksen toimenpiteet",
    body: "Käydään läpi edellisessä kokouksessa sovittujen toimenpiteiden tilanne.",
  },
  { kind: "OTHER_MATTERS", title: "Muut asiat", body: "Muut esille tulevat asiat." },
  { kind: "NEXT_MEETING", title: "Seuraava kokous", body: "Sovitaan seuraavan kokouksen ajankohta." },
  { kind: "CLOSING", title: "Kokouksen päättäminen", body: "Puheenjohtaja päättää kokouksen." },
];

/**
 * The items that close an agenda; a new item goes before the first of them,
 * so that added matters land before "Muut asiat" as in the minutes.
 */
export const CLOSING_KINDS: readonly AgendaItemKind[] = ["OTHER_MATTERS", "NEXT_MEETING", "CLOSING"];
