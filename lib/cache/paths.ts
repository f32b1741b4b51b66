// revalidatePath for a page as visitors address it: the page lives under
// app/[locale] (ADR 17), so its routes are /fi/… and /en/….
import "server-only";
import { revalidatePath } from "next/cache";
import { LOCALES } from "@/lib/i18n/config";

export function revalidatePage(path: string, type?: "layout" | "page"): void {
  for (const locale of LOCALES) revalidatePath(path === "/" ? `/${locale}` : `/${locale}${path}`, type);
}
