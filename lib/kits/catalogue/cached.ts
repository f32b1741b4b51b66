// The public kit pages' data, cached and shared by every visitor (ADR 17).
// Nothing here takes an actor: only public arguments go into a cache key. A
// kit's changes (and the reservation flow's, which must expire kitTag too)
// invalidate its tag at once; a new day or month arrives within cacheLife.
import { cacheLife, cacheTag } from "next/cache";
import { KITS_TAG, kitTag } from "@/lib/cache/tags";
import { helsinkiToday } from "@/lib/dates";
import { getKit, listKits } from "@/lib/kits/data";
import { getKitCatalogueExtras, listKitPhotos } from "./data";
import { calendarMonth, isCalendarMonth, monthOfDay, periodsInMonth } from "./rules";

/** The catalogue with each kit's thumbnail. */
export async function cachedKitCatalogue() {
  "use cache";
  cacheTag(KITS_TAG);
  cacheLife("hours");
  const [kits, photos] = await Promise.all([listKits(null), listKitPhotos()]);
  return { kits, photos };
}

/**
 * One kit's public page with the calendar of `month` ("2027-03"; null: this
 * month in Helsinki); null for an unknown or retired kit or a month beyond
 * the calendar's reach.
 */
export async function cachedKitPage(slug: string, month: string | null) {
  "use cache";
  cacheTag(kitTag(slug));
  cacheLife("minutes");
  const today = helsinkiToday();
  const shown = month ?? monthOfDay(today);
  if (!isCalendarMonth(shown, today)) return null;
  const [kit, extras] = await Promise.all([getKit(null, slug), getKitCatalogueExtras(slug, shown, shown)]);
  if (!kit || !extras) return null;
  return {
    kit,
    extras,
    calendar: calendarMonth(shown, extras.periods, today),
    periods: periodsInMonth(shown, extras.periods),
  };
}
