// The attendance form: one radio group per participant, named
// `marks.<enrolmentId>`, so that a field message lands beside that person.
// Messages are catalogue keys (lib/i18n/messages/after-session.ts).
import { z } from "zod";
import { requiredId } from "@/lib/http/fields";
import type { FormValues } from "@/lib/http/form-state";
import { ATTENDANCE_MARKS } from "./rules";

const MARK_PREFIX = "marks.";
/** A session never has more participants than this; a bigger form is not ours. */
const MAX_MARKS = 2_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const attendanceSchema = z
  .object({
    sessionId: requiredId,
    marks: z
      .record(z.string(), z.enum(ATTENDANCE_MARKS, { error: "afterSession.attendance.error.mark" }))
      .superRefine((marks, ctx) => {
        for (const id of Object.keys(marks)) {
          if (!UUID.test(id))
            ctx.addIssue({ code: "custom", path: [id], message: "afterSession.attendance.error.unknown" });
        }
      }),
  })
  .superRefine((input, ctx) => {
    const count = Object.keys(input.marks).length;
    // "_": a message about the whole form.
    if (count === 0) ctx.addIssue({ code: "custom", path: ["_"], message: "afterSession.attendance.error.none" });
    if (count > MAX_MARKS)
      ctx.addIssue({ code: "custom", path: ["_"], message: "afterSession.attendance.error.tooMany" });
  });

export type AttendanceInput = z.infer<typeof attendanceSchema>;

/** The form's fields as the schema takes them: `marks.<id>` radios gathered into `marks`. */
export function attendanceValues(values: FormValues): { sessionId: unknown; marks: Record<string, unknown> } {
  const marks: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key.startsWith(MARK_PREFIX)) marks[key.slice(MARK_PREFIX.length)] = value;
  }
  return { sessionId: values.sessionId, marks };
}

/** The field name (and error key) of one participant's radio group. */
export const markField = (enrolmentId: string) => `${MARK_PREFIX}${enrolmentId}`;
