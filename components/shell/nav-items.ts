import type { MessageKey } from "@/lib/i18n/translate";
import { visibleMeetingStatuses, type Actor } from "@/lib/auth/policy";

/** The header navigation: the sections users asked for by name. */
export const NAV_ITEMS: { href: string; label: MessageKey }[] = [
  { href: "/kokoukset", label: "nav.meetings" },
  { href: "/koulutukset", label: "nav.trainings" },
  { href: "/pike-boksit", label: "nav.kits" },
  { href: "/verkostot", label: "nav.networks" },
  { href: "/tyon-varjostus", label: "nav.exchanges" },
  { href: "/kirjastot", label: "nav.libraries" },
];

const ACTION_ITEMS: { href: string; label: MessageKey } = { href: "/toimenpiteet", label: "actionItems.nav" };

/** NAV_ITEMS, plus the action items page (after meetings) for users who may see some meeting. */
export function navItemsFor(actor: Actor | null): { href: string; label: MessageKey }[] {
  if (visibleMeetingStatuses(actor).length === 0) return NAV_ITEMS;
  return NAV_ITEMS.flatMap((item) => (item.href === "/kokoukset" ? [item, ACTION_ITEMS] : [item]));
}
