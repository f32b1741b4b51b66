import { openApiDocument } from "@/lib/http/openapi";
import { json, route } from "@/lib/http/respond";

export const GET = route(() => Promise.resolve(json(openApiDocument())));
