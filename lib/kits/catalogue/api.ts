// A kit's photo as the JSON API describes it (issue 12 item 1): public, like
// the catalogue; a new upload gets a new id, so each address is immutable.
import { z } from "zod";
import { apiOperations, idParam } from "@/lib/http/openapi/operation";

const photo = (size: "display" | "thumbnail") => ({
  200: {
    description:
      size === "display"
        ? "The photo in its own type (JPEG, PNG or WebP, detected from its content), at most 1200 px, without metadata"
        : "A WebP thumbnail of at most 320 px for the catalogue",
    mediaType: "image/*",
  },
});

export const kitCatalogueOperations = apiOperations([
  {
    operationId: "getKitPhoto",
    method: "get",
    path: "/api/kit-photos/{id}",
    tag: "kits",
    summary: "A kit's photo as its page shows it",
    session: "none",
    pathParams: z.object({ id: idParam("The photo's id") }),
    responses: photo("display"),
    errors: { 404: "Unknown or malformed id (a replaced photo's old id too)" },
  },
  {
    operationId: "getKitPhotoThumbnail",
    method: "get",
    path: "/api/kit-photos/{id}/thumbnail",
    tag: "kits",
    summary: "A kit photo's thumbnail for the catalogue",
    session: "none",
    pathParams: z.object({ id: idParam("The photo's id") }),
    responses: photo("thumbnail"),
    errors: { 404: "Unknown or malformed id (a replaced photo's old id too)" },
  },
]);
