// Sign-in as the JSON API describes it. Auth.js's own endpoints and the
// browser-only steps (confirm, demo) are form posts that redirect, not API.
import { z } from "zod";
import { apiOperations } from "@/lib/http/openapi/operation";
import { magicLinkRequestSchema } from "./schema";

export const magicLinkSentSchema = z.object({
  status: z.literal("sent").meta({ description: "The same whether the address is known or not" }),
});

export const authOperations = apiOperations([
  {
    operationId: "requestMagicLink",
    method: "post",
    path: "/api/auth/magic-link",
    tag: "auth",
    summary: "Ask for a sign-in link by e-mail (the same answer whether the address is known or not)",
    session: "none",
    body: magicLinkRequestSchema,
    responses: {
      202: { description: "If the address may sign in, a link is on its way", schema: magicLinkSentSchema },
    },
    errors: {
      400: "The body is not JSON",
      403: "Cross-site or origin-less request",
      422: "Invalid e-mail address or callbackUrl",
      429: "Too many links requested (Retry-After)",
    },
  },
]);
