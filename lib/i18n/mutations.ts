// The signed-in person's language, remembered on their account: mails and the
// personal calendar feed, which reach them outside the browser, use it.
import "server-only";
import { assertSignedIn, type Actor } from "@/lib/auth/policy";
import { db, type Db } from "@/lib/db";
import type { Locale } from "./config";

export async function rememberLocale(actor: Actor | null, locale: Locale, client: Db = db()): Promise<void> {
  assertSignedIn(actor);
  await client.user.updateMany({ where: { id: actor.id, locale: { not: locale } }, data: { locale } });
}
