import { listPublishedSessions } from "@/lib/trainings/api/data";
import { parseTrainingsQuery } from "@/lib/trainings/schema";
import { json, route } from "@/lib/http/respond";

/** GET ?from&to&theme&kind&q&library → published sessions with seats left and waitlist length. */
export const GET = route(async (request) => {
  const query = parseTrainingsQuery(new URL(request.url).searchParams);
  const sessions = await listPublishedSessions(query);
  return json({ sessions }, { headers: { "Cache-Control": "no-store" } });
});
