"use server";
// The enrol and cancel buttons. Each answers the enrolment as it now is (or
// as it already was, for a double click) so that the button can show it.
import { revalidatePage } from "@/lib/cache/paths";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { assertActionOrigin } from "@/lib/http/action";
import { isDatabaseUnavailable } from "@/lib/http/db-errors";
import { AppError } from "@/lib/http/errors";
import type { MessageKey } from "@/lib/i18n/translate";
import { AlreadyEnrolledError, cancelEnrolment, enrol, type EnrolmentResult } from "./mutations";
import { EnrolmentRefusedError } from "./rules";
import { cancelInputSchema, enrolInputSchema } from "./schema";

export type EnrolmentActionState = {
  enrolment: EnrolmentResult | null;
  /** A message key, translated by the control. */
  error?: MessageKey;
};

function revalidate() {
  revalidatePage("/koulutukset", "layout");
  revalidatePage("/omat-koulutukset");
}

function errorKey(error: unknown): MessageKey {
  if (error instanceof EnrolmentRefusedError) return `enrolments.refused.${error.reason}`;
  if (error instanceof AppError) {
    if (error.code === "UNAUTHENTICATED") return "enrolments.error.signIn";
    if (error.code === "FORBIDDEN") return "enrolments.error.forbidden";
    if (error.code === "NOT_FOUND") return "enrolments.error.notFound";
    if (error.code === "VALIDATION_FAILED") return "enrolments.error.cannotCancel";
  }
  if (isDatabaseUnavailable(error)) return "enrolments.error.unavailable";
  throw error;
}

export async function enrolAction(prev: EnrolmentActionState, formData: FormData): Promise<EnrolmentActionState> {
  await assertActionOrigin();
  const actor = await getActor();
  if (!actor) return { ...prev, error: "enrolments.error.signIn" };
  const parsed = enrolInputSchema.safeParse({ sessionId: formData.get("sessionId") });
  if (!parsed.success) return { ...prev, error: "enrolments.error.notFound" };
  if (!can(actor, "enrolment.self")) return { ...prev, error: "enrolments.error.forbidden" };
  try {
    const enrolment = await enrol(actor, parsed.data.sessionId);
    revalidate();
    return { enrolment };
  } catch (error) {
    // A second click (or a second tab) shows the enrolment the first one made.
    if (error instanceof AlreadyEnrolledError) return { enrolment: error.enrolment };
    return { ...prev, error: errorKey(error) };
  }
}

export async function cancelEnrolmentAction(
  prev: EnrolmentActionState,
  formData: FormData,
): Promise<EnrolmentActionState> {
  await assertActionOrigin();
  const actor = await getActor();
  if (!actor) return { ...prev, error: "enrolments.error.signIn" };
  const parsed = cancelInputSchema.safeParse({ enrolmentId: formData.get("enrolmentId") });
  if (!parsed.success) return { ...prev, error: "enrolments.error.notFound" };
  try {
    const { promoted: _promoted, ...enrolment } = await cancelEnrolment(actor, parsed.data.enrolmentId);
    revalidate();
    return { enrolment };
  } catch (error) {
    return { ...prev, error: errorKey(error) };
  }
}
