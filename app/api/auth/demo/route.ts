import { createDemoSession } from "@/lib/auth/mutations";
import { demoSignInSchema } from "@/lib/auth/schema";
import { sessionCookieName } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { errorResponse } from "@/lib/http/respond";
import { isSameOrigin } from "@/lib/http/origin";
import { requestOrigin } from "@/lib/http/origin-url";

/** Demo sign-in by role: exists only when DEMO_MODE=1. */
export async function POST(request: Request) {
  if (!env().DEMO_MODE) return errorResponse("NOT_FOUND", "Not found");
  if (!isSameOrigin(request.headers, request.url)) {
    return errorResponse("FORBIDDEN", "Cross-site or origin-less request refused.");
  }
  const form = await request.formData().catch(() => null);
  const parsed = demoSignInSchema.safeParse({ userId: form?.get("userId") });
  if (!parsed.success)
    return errorResponse("VALIDATION_FAILED", "Choose a demo user.", { userId: "Choose a demo user." });
  const session = await createDemoSession(parsed.data.userId);
  if (!session) return errorResponse("NOT_FOUND", "No such demo user.");

  const origin = requestOrigin(request);
  const secure = origin.startsWith("https:");
  const headers = new Headers({ Location: new URL("/", origin).toString() });
  headers.append(
    "Set-Cookie",
    `${sessionCookieName(secure)}=${session.sessionToken}; Path=/; HttpOnly; SameSite=Lax; Expires=${session.expires.toUTCString()}${secure ? "; Secure" : ""}`,
  );
  return new Response(null, { status: 303, headers });
}
