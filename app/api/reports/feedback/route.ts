import { assertCan } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { feedbackReportJson } from "@/lib/feedback/report/api";
import { getFeedbackReport } from "@/lib/feedback/report/data";
import { parseFeedbackReportQuery } from "@/lib/feedback/report/schema";
import { json, route } from "@/lib/http/respond";

/** GET ?year&theme&comments → feedback per offering, theme and year, and a page of comments (no names). */
export const GET = route(async (request) => {
  const actor = await getActor();
  // Who may ask first: a signed-out caller learns nothing from a 422.
  assertCan(actor, "reports.read");
  const query = parseFeedbackReportQuery(new URL(request.url).searchParams);
  const report = await getFeedbackReport(actor, query);
  return json(feedbackReportJson(report), { headers: { "Cache-Control": "private, no-store" } });
});
