// GET /api/metrics as the JSON API's document describes it (the body is Prometheus text).
import { z } from "zod";
import { apiOperations } from "@/lib/http/openapi/operation";

export const metricsOperations = apiOperations([
  {
    operationId: "getMetrics",
    method: "get",
    path: "/api/metrics",
    tag: "metrics",
    summary: "This instance's metrics for Prometheus; `Authorization: Bearer <METRICS_TOKEN>`",
    description:
      "Prometheus text format 0.0.4: API requests and latency by route group, the database pool, the job queue, mails and sign-ins, and Node.js process metrics (prefixed pike_). Each instance answers for itself; scrape every instance. Never cached. docs/deploy/monitoring.md lists the metrics and suggested alerts.",
    session: "none",
    responses: {
      200: { description: "The metrics", mediaType: "text/plain", schema: z.string() },
    },
    errors: {
      401: "No bearer token, or not METRICS_TOKEN",
      404: "METRICS_TOKEN is not set: the endpoint is off",
    },
  },
]);
