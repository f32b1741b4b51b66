"use server";
// A chair's announcement form (issue 14 item 2). The mutation decides per
// network, so a crafted call naming another network is refused there; after
// sending, the network page says how many members it went to.
import { redirect } from "next/navigation";
import { revalidatePage } from "@/lib/cache/paths";
import { runFormAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { postAnnouncement } from "./mutations";

export async function postAnnouncementAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "signedIn", (actor, values) => postAnnouncement(actor, values));
  if (!outcome.ok) return outcome.state;
  const { networkSlug } = outcome.result;
  revalidatePage(`/verkostot/${networkSlug}`);
  redirect(`/verkostot/${networkSlug}?tehty=tiedote#tiedotteet`);
}
