// The date search's answer: the kits free for every day of the range (each
// with its reserve form) and, below, those reserved at the same time with the
// periods in the way.
import Link from "next/link";
import type { FormText } from "@/components/forms/form-parts";
import type { Translate } from "@/lib/i18n/translate";
import { formatDayRange, type DayRange } from "@/lib/kits/dates";
import type { ReserveState } from "@/lib/kits/reservations/actions";
import type { FreeKitsResult, LibraryOption } from "@/lib/kits/reservations/data";
import { ReserveKitForm } from "./reservation-forms";

export function FreeKitList({
  result,
  range,
  libraries,
  action,
  text,
  t,
}: {
  result: FreeKitsResult;
  range: DayRange;
  libraries: LibraryOption[];
  action: (prev: ReserveState, formData: FormData) => Promise<ReserveState>;
  text: FormText;
  t: Translate;
}) {
  const themeName = (theme: { nameFi: string; nameEn: string } | null) =>
    theme ? (t.locale === "en" ? theme.nameEn : theme.nameFi) : null;
  return (
    <>
      {result.free.length > 0 ? (
        <ul className="space-y-4" aria-label={t("kitReservations.search.results", { period: formatDayRange(range) })}>
          {result.free.map((kit) => (
            <li key={kit.id} className="rounded border border-gray-300 p-4">
              <h3 className="text-xl font-semibold">
                <Link href={`/pike-boksit/${kit.slug}`}>{kit.name}</Link>
              </h3>
              {themeName(kit.theme) ? <p className="text-gray-700">{themeName(kit.theme)}</p> : null}
              <p className="text-sm text-gray-700">
                {t("kitReservations.search.shipping", { count: kit.shippingDays })}.{" "}
                {t(
                  kit.requiresApproval
                    ? "kitReservations.search.needsApproval"
                    : "kitReservations.search.confirmedAtOnce",
                )}
              </p>
              <ReserveKitForm
                action={action}
                kit={{ id: kit.id, name: kit.name, shippingDays: kit.shippingDays }}
                startDate={range.startDate}
                endDate={range.endDate}
                libraries={libraries}
                text={text}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {result.taken.length > 0 ? (
        <section aria-labelledby="varatut" className="mt-8">
          <h3 id="varatut" className="mb-2 text-xl font-bold text-brand-900">
            {t("kitReservations.search.taken")}
          </h3>
          <ul className="list-disc space-y-1 pl-6">
            {result.taken.map((kit) => (
              <li key={kit.id}>
                <Link href={`/pike-boksit/${kit.slug}`}>{kit.name}</Link>
                {kit.booked.length > 0 ? ": " : null}
                {kit.booked
                  .map((b) =>
                    t("kitReservations.search.takenBy", { period: formatDayRange(b), library: b.library.name }),
                  )
                  .join("; ")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
