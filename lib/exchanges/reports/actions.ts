"use server";
// The report and the coordinator's forms on an application's page (issue 15
// item 4): origin → session → validation → mutation, which decides per
// application again; back to the page with a notice.
import { redirect } from "next/navigation";
import { revalidatePage } from "@/lib/cache/paths";
import { isUuid } from "@/lib/http/fields";
import { runFormAction } from "@/lib/http/form-action";
import type { FormState, FormValues } from "@/lib/http/form-state";
import { closeExchange, completeExchange, saveReport } from "./mutations";

function back(values: FormValues, done: string): never {
  revalidatePage("/tyon-varjostus");
  const id = typeof values.applicationId === "string" && isUuid(values.applicationId) ? values.applicationId : "";
  redirect(`/tyon-varjostus/hakemukset/${id}?tehty=${done}`);
}

export async function saveReportAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "signedIn", (actor, values) => saveReport(actor, values));
  if (!outcome.ok) return outcome.state;
  back(outcome.values, "raportti");
}

export async function completeExchangeAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "exchange.manage", (actor, values) =>
    completeExchange(actor, values),
  );
  if (!outcome.ok) return outcome.state;
  back(outcome.values, "toteutunut");
}

export async function closeExchangeAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "exchange.manage", (actor, values) =>
    closeExchange(actor, values),
  );
  if (!outcome.ok) return outcome.state;
  back(outcome.values, "paatetty");
}
