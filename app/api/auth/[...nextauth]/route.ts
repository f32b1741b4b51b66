import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";
import { errorResponse } from "@/lib/http/respond";

// Links are requested through /api/auth/magic-link (rate-limited, allowlisted)
// and consumed through /api/auth/confirm (a POST from the confirmation page),
// never through Auth.js's own endpoints directly.
const closed = (path: string) => /\/(signin|callback)\/nodemailer\/?$/.test(path);

export async function GET(request: NextRequest) {
  if (closed(request.nextUrl.pathname)) return errorResponse("NOT_FOUND", "Not found");
  return handlers.GET(request);
}

export async function POST(request: NextRequest) {
  if (closed(request.nextUrl.pathname)) return errorResponse("NOT_FOUND", "Not found");
  return handlers.POST(request);
}
