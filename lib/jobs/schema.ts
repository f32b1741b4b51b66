// Payloads are read back from jsonb: each is validated before its handler runs.
import { z } from "zod";
import { WorkshopOrderStatus } from "@/lib/db/enums";
import type { JobName, JobPayloads } from "./names";

const enrolment = z.object({ enrolmentId: z.uuid() });

export const payloadSchemas: { [N in JobName]: z.ZodType<JobPayloads[N]> } = {
  "email.enrolmentConfirmed": enrolment,
  "email.enrolmentWaitlisted": enrolment,
  "email.waitlistPromoted": enrolment,
  "email.enrolmentCancelled": enrolment,
  "email.sessionReminder": z.object({ enrolmentId: z.uuid(), sessionStartsAt: z.iso.datetime({ offset: true }) }),
  "email.sessionChanged": z.object({ enrolmentId: z.uuid(), changes: z.array(z.string().max(40)).max(20) }),
  "email.sessionCancelled": enrolment,
  "email.workshopOrderUpdated": z.object({
    workshopOrderId: z.uuid(),
    status: z.enum(WorkshopOrderStatus).optional(),
  }),
  "email.agendaPublished": z.object({ meetingId: z.uuid(), userId: z.uuid() }),
};
