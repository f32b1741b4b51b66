import Link from "next/link";
import { formatDay } from "@/lib/dates";
import type { Translate } from "@/lib/i18n/translate";
import type { KitReservationPeriod } from "@/lib/kits/data";
import { ScrollRegion } from "@/components/ui/scroll-region";

function Day({ date }: { date: Date }) {
  return <time dateTime={date.toISOString().slice(0, 10)}>{formatDay(date)}</time>;
}

/** Upcoming booked periods: dates, library and status only. */
export function KitReservations({ reservations, t }: { reservations: KitReservationPeriod[]; t: Translate }) {
  if (reservations.length === 0) return <p>{t("kits.reservationsEmpty")}</p>;
  return (
    <ScrollRegion label={t("kits.reservationsTitle")}>
      <table className="w-full max-w-3xl border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-2 pr-2 sm:pr-4">
              {t("kits.reservationPeriod")}
            </th>
            <th scope="col" className="py-2 pr-2 sm:pr-4">
              {t("kits.reservationLibrary")}
            </th>
            <th scope="col" className="py-2">
              {t("kits.reservationStatus")}
            </th>
          </tr>
        </thead>
        <tbody>
          {reservations.map((reservation) => (
            <tr key={reservation.id} className="border-b border-gray-200">
              <td className="py-2 pr-2 sm:pr-4">
                <Day date={reservation.startDate} />–<Day date={reservation.endDate} />
              </td>
              <td className="py-2 pr-2 sm:pr-4">
                <Link href={`/kirjastot/${reservation.library.slug}`}>{reservation.library.name}</Link>
              </td>
              <td className="py-2">{t(`kits.reservationStatus.${reservation.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
