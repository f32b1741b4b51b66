import { json, route } from "@/lib/http/respond";
import { programmeJson } from "@/lib/programmes/api";
import { listPublishedProgrammes } from "@/lib/programmes/data";

/** GET → every published programme with its parts. */
export const GET = route(async () => {
  const programmes = await listPublishedProgrammes();
  return json(programmes.map(programmeJson), { headers: { "Cache-Control": "no-store" } });
});
