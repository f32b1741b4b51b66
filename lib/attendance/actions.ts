"use server";
// The attendance form on the coordinator's session page: origin → session →
// policy → zod → mutation → revalidate, answering a FormState.
import { revalidatePage } from "@/lib/cache/paths";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { markAttendance } from "./mutations";
import { attendanceSchema, attendanceValues } from "./schema";

export async function markAttendanceAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "enrolment.manage", (actor, values) =>
    markAttendance(actor, attendanceSchema.parse(attendanceValues(values))),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePage("/koulutukset/hallinta", "layout");
  revalidatePage("/omat-koulutukset", "layout");
  const { changed, attended, noShow } = outcome.result;
  return savedState(prev, outcome.values, {
    key: "afterSession.attendance.saved",
    vars: { changed, attended, noShow },
  });
}
