"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { assertActionOrigin } from "@/lib/http/action";
import { LOCALE_COOKIE, LOCALES } from "./config";

const schema = z.object({ locale: z.enum(LOCALES) });

/** The language switch: remembered in a cookie for a year. */
export async function setLocale(formData: FormData): Promise<void> {
  await assertActionOrigin();
  const parsed = schema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 365 * 24 * 3600,
    sameSite: "lax",
    httpOnly: false,
  });
}
