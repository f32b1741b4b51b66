"use server";
// A library's offer form (issue 15 item 2): origin → session → policy →
// validation → mutation, which decides per library again (a supervisor naming
// another library is refused there, whatever a crafted call sends). Back to
// the form with a notice: the public page is cached and carries none.
import { redirect } from "next/navigation";
import { revalidatePage } from "@/lib/cache/paths";
import { runFormAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { publishOffer } from "./mutations";

export async function publishOfferAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "exchange.offer", (actor, values) => publishOffer(actor, values));
  if (!outcome.ok) return outcome.state;
  revalidatePage("/tyon-varjostus");
  redirect("/tyon-varjostus/paikat/uusi?tehty=julkaistu");
}
