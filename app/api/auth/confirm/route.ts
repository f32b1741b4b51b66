import { type NextRequest } from "next/server";
import { z } from "zod";
import { consumeMagicLink } from "@/lib/auth/magic-link";
import { isSameOrigin } from "@/lib/http/origin";
import { requestOrigin } from "@/lib/http/origin-url";

const schema = z.object({
  token: z.string().min(16).max(200),
  email: z.email().max(254),
  callbackUrl: z.string().max(500).optional(),
});

/**
 * The confirmation page's button. Only this POST consumes a magic link, so a
 * mail scanner that prefetches the link (a GET) cannot use it up.
 */
export async function POST(request: NextRequest) {
  const origin = requestOrigin(request);
  const back = (error: string) => Response.redirect(new URL(`/kirjaudu/virhe?error=${error}`, origin), 303);
  if (!isSameOrigin(request.headers, request.url)) return back("Default");
  const form = await request.formData().catch(() => null);
  const parsed = schema.safeParse({
    token: form?.get("token"),
    email: form?.get("email"),
    callbackUrl: form?.get("callbackUrl") || undefined,
  });
  if (!parsed.success) return back("Verification");
  const { token, email, callbackUrl } = parsed.data;
  return consumeMagicLink({ token, email, next: sameOriginPath(callbackUrl, origin) ?? "/" }, origin, request.headers);
}

/** Where to land after sign-in: only a path on this origin. */
function sameOriginPath(value: string | undefined, origin: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, origin);
    return url.origin === origin ? `${url.pathname}${url.search}` : null;
  } catch {
    return null;
  }
}
