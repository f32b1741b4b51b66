// A network event (issue 14 item 2): a chair's meeting, visit or webinar for
// the network. It is a training session of the network's EVENT offering, so
// people enrol through the existing flow; the form asks only what a chair
// knows: what, when, where (a place or a remote link) and, if it matters, how
// many fit.
import { z } from "zod";
import { blankToUndefined, httpsUrl, optionalText, requiredId, requiredText } from "@/lib/http/fields";
import { MAX_CAPACITY } from "@/lib/trainings/rules";
import { sessionFields } from "@/lib/trainings/schema";

export const networkEventSchema = z
  .object({
    networkId: requiredId,
    title: requiredText(200),
    startsAt: sessionFields.startsAt,
    endsAt: sessionFields.endsAt,
    place: optionalText(300),
    remoteUrl: z.preprocess(blankToUndefined, httpsUrl("networkEvents.error.remoteUrl", 500).optional()),
    // Blank is "no limit": the most a session may have (lib/trainings/rules).
    capacity: z.preprocess((value) => blankToUndefined(value) ?? String(MAX_CAPACITY), sessionFields.capacity),
  })
  .superRefine((event, ctx) => {
    if (event.endsAt <= event.startsAt) {
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "trainingsAdmin.error.endBeforeStart" });
    }
    if (!event.place && !event.remoteUrl) {
      ctx.addIssue({ code: "custom", path: ["place"], message: "networkEvents.error.placeRequired" });
    }
  });
export type NetworkEventInput = z.output<typeof networkEventSchema>;
