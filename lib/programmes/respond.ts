// The caller's progress as the programme routes answer it after a read or a step.
import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { notFound } from "@/lib/http/errors";
import { isUuid } from "@/lib/http/fields";
import { json } from "@/lib/http/respond";
import { configuredOrigin } from "@/lib/site/origin";
import { requestOrigin } from "@/lib/http/origin-url";
import { progressJson } from "./api";
import { getOwnProgress } from "./data";

export async function progressResponse(request: Request, actor: Actor, id: string): Promise<Response> {
  const own = isUuid(id) ? await getOwnProgress(actor, { id }) : null;
  if (!own) throw notFound("No such programme.");
  const origin = configuredOrigin() ?? requestOrigin(request);
  return json(progressJson(own, origin), { headers: { "Cache-Control": "private, no-store" } });
}
