// The health check as the JSON API describes it (app/api/health).
import { z } from "zod";
import { apiOperations } from "@/lib/http/openapi/operation";

export const healthSchema = z
  .object({
    status: z.enum(["ok", "degraded"]),
    db: z.enum(["up", "down"]),
    latencyMs: z.int().min(0).nullable().meta({ description: "The database's round trip; null when it is down" }),
  })
  .meta({ id: "Health" });

export const healthOperations = apiOperations([
  {
    operationId: "getHealth",
    method: "get",
    path: "/api/health",
    tag: "health",
    summary: "Health of the app and its database, for load balancers",
    session: "none",
    responses: {
      200: { description: "Up", schema: healthSchema },
      503: { description: "The database is unreachable", schema: healthSchema },
    },
  },
]);
