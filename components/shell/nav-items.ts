import type { MessageKey } from "@/lib/i18n/translate";

/** The header navigation: the sections users asked for by name. */
export const NAV_ITEMS: { href: string; label: MessageKey }[] = [
  { href: "/kokoukset", label: "nav.meetings" },
  { href: "/koulutukset", label: "nav.trainings" },
  { href: "/pike-boksit", label: "nav.kits" },
  { href: "/verkostot", label: "nav.networks" },
  { href: "/tyon-varjostus", label: "nav.exchanges" },
  { href: "/kirjastot", label: "nav.libraries" },
];

/** Shown after meetings to those who may see some meeting (asked from /api/me). */
export const ACTION_ITEMS: { href: string; label: MessageKey } = { href: "/toimenpiteet", label: "actionItems.nav" };
