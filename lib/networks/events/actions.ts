"use server";
// A chair's (or coordinator's) new network event (issue 14 item 2). The
// mutation decides per network, so a crafted call naming another network is
// refused there; after saving, the network page says so.
import { redirect } from "next/navigation";
import { revalidatePage } from "@/lib/cache/paths";
import { runFormAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { createNetworkEvent } from "./mutations";

export async function createNetworkEventAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "signedIn", (actor, values) => createNetworkEvent(actor, values));
  if (!outcome.ok) return outcome.state;
  const { networkSlug } = outcome.result;
  revalidatePage(`/verkostot/${networkSlug}`);
  redirect(`/verkostot/${networkSlug}?tehty=tapahtuma#tapahtumat`);
}
