// Cache tags name data, not pages (ADR 17): a cached page is tagged with the
// data it shows, and a mutation invalidates exactly the data it changed.

/** Published menus, their offerings and sessions, seat counts included: the menu page, the home page. */
export const MENU_TAG = "menu";

/** One published offering's page (its sessions, their seats and states). */
export function offeringTag(slug: string): string {
  return `offering:${slug}`;
}

/** A public page's text (lib/pages: the home page's vision). */
export function pageTag(slug: string): string {
  return `page:${slug}`;
}

/**
 * Steering-group meetings and everything their pages show (agenda, minutes,
 * materials, news round, decisions, action items and their reviews, names):
 * the audience pages of members (ADR 23). One tag for all: such writes are
 * few, and an action item closed in one meeting changes the review of later ones.
 */
export const MEETINGS_TAG = "meetings";

/** The public lists of the domains that issues 11–15 give mutations; each invalidates its tag. */
export const KITS_TAG = "kits";
export const NETWORKS_TAG = "networks";
export const EXCHANGES_TAG = "exchanges";
export const LIBRARIES_TAG = "libraries";

/** One kit's public pages: the kit page and its calendar months (issue 12). */
export function kitTag(slug: string): string {
  return `kit:${slug}`;
}

/** One member library's public page (details, service points, their status history). */
export function libraryTag(slug: string): string {
  return `library:${slug}`;
}

/**
 * The coverage reports (lib/coverage/cached.ts). Expired by the database, not
 * by mutations: every committed write to what the reports count expires it
 * (migration 1734040000000_coverage_cache_tag).
 */
export const COVERAGE_TAG = "coverage";
