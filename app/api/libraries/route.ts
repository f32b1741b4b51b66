import { librarySummaryJson } from "@/lib/libraries/api";
import { listLibraries } from "@/lib/libraries/data";
import { json, route } from "@/lib/http/respond";

/** GET → every member library (public). */
export const GET = route(async () => {
  const libraries = await listLibraries(null);
  return json({ libraries: libraries.map(librarySummaryJson) }, { headers: { "Cache-Control": "no-store" } });
});
