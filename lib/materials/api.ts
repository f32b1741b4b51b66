// A meeting material's file as the JSON API describes it.
import { z } from "zod";
import { apiOperations, idParam } from "@/lib/http/openapi/operation";

export const materialOperations = apiOperations([
  {
    operationId: "downloadMaterial",
    method: "get",
    path: "/api/materials/{id}",
    tag: "materials",
    summary: "A meeting material's file, as a download with a safe filename",
    session: "required",
    pathParams: z.object({ id: idParam("Material") }),
    responses: {
      200: {
        description: "The file's bytes in its own type as detected from its content (Content-Disposition: attachment)",
        mediaType: "*/*",
      },
    },
    errors: { 404: "Unknown, a link, or not visible to you (signed out included)" },
  },
]);
