// The public training pages' data, cached and shared by every visitor (ADR 17).
// Nothing here takes an actor: only public arguments go into a cache key.
// Times come from the render: a session that starts drops off "upcoming"
// within cacheLife's revalidate window, a change through its tags at once.
import { cacheLife, cacheTag } from "next/cache";
import { upcomingMonths } from "@/lib/dates";
import { MENU_TAG, offeringTag } from "@/lib/cache/tags";
import { getPublishedOffering, getTrainingMenu, listThemes, listUpcomingSessions, listVenueLibraries } from "./data";

/** The menu page unfiltered, with the filters' choices. */
export async function cachedTrainingMenu() {
  "use cache";
  cacheTag(MENU_TAG);
  cacheLife("minutes");
  const [menu, themes, libraries] = await Promise.all([getTrainingMenu({}), listThemes(), listVenueLibraries()]);
  return { menu, themes, libraries, months: upcomingMonths(12) };
}

/** The home page's next sessions. */
export async function cachedUpcomingSessions(limit: number) {
  "use cache";
  cacheTag(MENU_TAG);
  cacheLife("minutes");
  return listUpcomingSessions({}, { limit });
}

/** One published offering with its sessions (seats left included); null when there is none. */
export async function cachedPublishedOffering(slug: string) {
  "use cache";
  cacheTag(offeringTag(slug));
  cacheLife("minutes");
  return getPublishedOffering(slug);
}
