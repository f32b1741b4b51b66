import { requestMagicLink } from "@/lib/auth/magic-link";
import { clientKey } from "@/lib/http/client";
import { AppError } from "@/lib/http/errors";
import { assertSameOrigin } from "@/lib/http/origin";
import { json, route } from "@/lib/http/respond";

/** POST {email, callbackUrl?} → 202; the same answer whether the address is known or not. */
export const POST = route(async (request) => {
  assertSameOrigin(request);
  const body: unknown = await request.json().catch(() => {
    throw new AppError("BAD_REQUEST", "The body must be JSON.");
  });
  const result = await requestMagicLink(body, clientKey(request.headers));
  return json(result, { status: 202 });
});
