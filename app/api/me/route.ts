import { json, route } from "@/lib/http/respond";
import { getMe } from "@/lib/auth/me";

/**
 * Who is signed in, for the header of cached pages (they carry no personal
 * data; the header asks here). Never cached anywhere.
 */
export const GET = route(async () => json(await getMe(), { headers: { "Cache-Control": "private, no-store" } }));
