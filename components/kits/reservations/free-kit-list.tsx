// The date search's answer: one reserve form whose radio group offers a page
// of the kits free for every day of the range, a pager, and, briefly, the
// kits reserved at the same time. One form for the page (not one per kit)
// keeps the HTML small with hundreds of kits (ADR 25).
import Link from "next/link";
import type { FormText } from "@/components/forms/form-parts";
import { Pager } from "@/components/ui/pager";
import type { Translate } from "@/lib/i18n/translate";
import { formatDayRange, type DayRange } from "@/lib/dates/days";
import type { ReserveState } from "@/lib/kits/reservations/actions";
import type { FreeKit, FreeKitsPage, LibraryOption } from "@/lib/kits/reservations/data";
import { ReserveFreeKitForm, type KitChoice } from "./reservation-forms";

export function FreeKitList({
  result,
  range,
  query,
  libraries,
  action,
  text,
  t,
}: {
  result: FreeKitsPage;
  range: DayRange;
  /** The search as typed (alku, loppu): kept by the pager's links. */
  query: { alku: string; loppu: string };
  libraries: LibraryOption[];
  action: (prev: ReserveState, formData: FormData) => Promise<ReserveState>;
  text: FormText;
  t: Translate;
}) {
  const choice = (kit: FreeKit): KitChoice => {
    const theme = kit.theme ? (t.locale === "en" ? kit.theme.nameEn : kit.theme.nameFi) : null;
    const details = [
      theme,
      kit.homeLibrary ? t("kitReservations.search.home", { library: kit.homeLibrary.name }) : null,
      t("kitReservations.search.shipping", { count: kit.shippingDays }),
      t(kit.requiresApproval ? "kitReservations.search.needsApproval" : "kitReservations.search.confirmedAtOnce"),
    ];
    return { id: kit.id, name: kit.name, shippingDays: kit.shippingDays, details: details.filter(Boolean).join(" · ") };
  };
  const hrefFor = (page: number) => {
    const params = new URLSearchParams(query);
    if (page > 1) params.set("sivu", String(page));
    return `/pike-boksit/varaa?${params.toString()}`;
  };
  return (
    <>
      {result.free.length > 0 ? (
        <>
          {result.pages > 1 ? (
            <p className="mb-2 text-sm text-gray-700">
              {t("kitReservations.search.page", { page: result.page, pages: result.pages })}
            </p>
          ) : null}
          <ReserveFreeKitForm
            action={action}
            kits={result.free.map(choice)}
            startDate={range.startDate}
            endDate={range.endDate}
            libraries={libraries}
            text={text}
          />
          <Pager page={result.page} hasNext={result.page < result.pages} hrefFor={hrefFor} t={t} />
        </>
      ) : null}
      {result.takenTotal > 0 ? (
        <section aria-labelledby="varatut" className="mt-8">
          <h3 id="varatut" className="mb-2 text-xl font-bold text-brand-900">
            {t("kitReservations.search.taken")}
          </h3>
          <p className="mb-2">{t("kitReservations.search.takenCount", { count: result.takenTotal })}</p>
          <ul className="list-disc space-y-1 pl-6">
            {result.taken.map((kit) => (
              <li key={kit.id}>
                <Link href={`/pike-boksit/${kit.slug}`}>{kit.name}</Link>
                {kit.firstBooked
                  ? `: ${t("kitReservations.search.takenBy", {
                      period: formatDayRange(kit.firstBooked),
                      library: kit.firstBooked.library.name,
                    })}`
                  : null}
              </li>
            ))}
          </ul>
          {result.takenTotal > result.taken.length ? (
            <p className="mt-2">
              {t("kitReservations.search.takenMore", { count: result.takenTotal - result.taken.length })}
            </p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
