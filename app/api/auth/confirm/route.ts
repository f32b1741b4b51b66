import { NextRequest } from "next/server";
import { z } from "zod";
import { handlers } from "@/lib/auth/config";
import { isSameOrigin } from "@/lib/http/origin";

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
  const back = (error: string) => Response.redirect(new URL(`/kirjaudu/virhe?error=${error}`, request.url), 303);
  if (!isSameOrigin(request.headers, request.url)) return back("Default");
  const form = await request.formData().catch(() => null);
  const parsed = schema.safeParse({
    token: form?.get("token"),
    email: form?.get("email"),
    callbackUrl: form?.get("callbackUrl") || undefined,
  });
  if (!parsed.success) return back("Verification");
  const callback = new URL("/api/auth/callback/nodemailer", request.url);
  callback.searchParams.set("token", parsed.data.token);
  callback.searchParams.set("email", parsed.data.email);
  if (parsed.data.callbackUrl?.startsWith("/")) callback.searchParams.set("callbackUrl", parsed.data.callbackUrl);
  return handlers.GET(new NextRequest(callback, { headers: request.headers }));
}
