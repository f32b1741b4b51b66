import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/http/errors";
import { json, route } from "@/lib/http/respond";
import { exportOwnData } from "@/lib/users/own-data/data";

/** The signed-in person's own data as a download (GDPR right of access). Never cached. */
export const GET = route(async () => {
  const data = await exportOwnData(await getActor());
  if (!data) throw new AppError("UNAUTHENTICATED", "Sign in first.");
  return json(data, {
    headers: {
      "Cache-Control": "private, no-store",
      "Content-Disposition": `attachment; filename="pike-omat-tiedot-${data.exportedAt.slice(0, 10)}.json"`,
    },
  });
});
