import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { ReservationTable } from "@/components/kits/reservations/reservation-table";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { formatDayRange } from "@/lib/kits/dates";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import {
  cancelKitReservationAction,
  decideKitReservationAction,
  shortenShippingDaysAction,
} from "@/lib/kits/reservations/actions";
import { listOwnLibraryReservations, listReservationsForCoordinators } from "@/lib/kits/reservations/data";
import { canCancel } from "@/lib/kits/reservations/rules";

// Per request: reads the session (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("kitReservations.link.reservations") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

export default async function KitReservationsPage({ searchParams }: PageProps<"/[locale]/pike-boksit/varaukset">) {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/pike-boksit/varaukset");
  const manages = can(actor, "kit.manage");
  const [{ t }, own, all] = await Promise.all([
    getI18n(),
    listOwnLibraryReservations(actor),
    manages ? listReservationsForCoordinators(actor) : Promise.resolve([]),
  ]);
  // Just reserved (the reserve form comes here): say what, for which days.
  const { varattu } = await searchParams;
  const made = typeof varattu === "string" ? [...own, ...all].find((row) => row.id === varattu) : undefined;
  const text = pickText(t, ["kitReservations.", "kits.reservationStatus."]);
  const actions = {
    cancel: cancelKitReservationAction,
    decide: decideKitReservationAction,
    shorten: shortenShippingDaysAction,
  };
  return (
    <>
      <p className="mb-4">
        <Link href="/pike-boksit/varaa">{t("kitReservations.link.reserve")}</Link>
      </p>
      <PageHeader title={t("kitReservations.link.reservations")} />
      {made ? (
        <Alert tone="success">
          {t(
            made.status === "CONFIRMED"
              ? "kitReservations.reserve.done.CONFIRMED"
              : "kitReservations.reserve.done.REQUESTED",
            {
              kit: made.kit.name,
              period: formatDayRange(made),
            },
          )}
        </Alert>
      ) : null}
      <section aria-labelledby="oman-kirjaston" className="mt-8">
        <h2 id="oman-kirjaston" className={H2}>
          {t("kitReservations.own.title")}
        </h2>
        {own.length === 0 ? (
          <p>{t("kitReservations.own.empty")}</p>
        ) : (
          <ReservationTable
            rows={own}
            label={t("kitReservations.own.title")}
            showLibrary={false}
            may={(row) => ({
              cancel: canCancel(actor, { ...row, libraryId: row.library.id }),
              decide: false,
              shorten: false,
            })}
            actions={actions}
            text={text}
            t={t}
          />
        )}
      </section>
      {manages ? (
        <section aria-labelledby="kaikki-varaukset" className="mt-8">
          <h2 id="kaikki-varaukset" className={H2}>
            {t("kitReservations.manage.title")}
          </h2>
          {all.length === 0 ? (
            <p>{t("kitReservations.manage.empty")}</p>
          ) : (
            <ReservationTable
              rows={all}
              label={t("kitReservations.manage.title")}
              showLibrary
              may={(row) => ({
                cancel: canCancel(actor, { ...row, libraryId: row.library.id }),
                decide: row.status === "REQUESTED",
                shorten: true,
              })}
              actions={actions}
              text={text}
              t={t}
            />
          )}
        </section>
      ) : null}
    </>
  );
}
