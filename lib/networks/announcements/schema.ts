// A chair's announcement to the network's members (issue 14 item 2, ADR 29):
// a subject and a short plain text (line breaks kept; no markup, so nothing
// to sanitise in the mail or on the page).
import { z } from "zod";
import { requiredId, requiredText } from "@/lib/http/fields";

export const MAX_ANNOUNCEMENT_TITLE = 150;
/** Short: a notice, not a newsletter (about a page of text). */
export const MAX_ANNOUNCEMENT_BODY = 4_000;

export const announcementSchema = z.object({
  networkId: requiredId,
  // One line: it is the mail's subject too.
  title: requiredText(MAX_ANNOUNCEMENT_TITLE).refine((title) => !/[\r\n]/.test(title), {
    error: "networkAnnouncements.error.titleLine",
  }),
  body: z.preprocess(
    (value) => (typeof value === "string" ? value.replace(/\r\n?/g, "\n") : value),
    requiredText(MAX_ANNOUNCEMENT_BODY),
  ),
});
export type AnnouncementInput = z.output<typeof announcementSchema>;
