// How a poll option reads everywhere: "keskiviikko 29.11.2023 klo 12.00–14.00".
import { formatRange, formatWeekday } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";

export function optionLabel(option: { startsAt: Date; endsAt: Date }, locale: Locale): string {
  return `${formatWeekday(option.startsAt, locale)} ${formatRange(option.startsAt, option.endsAt, locale)}`;
}
