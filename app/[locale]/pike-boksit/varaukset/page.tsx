import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { ReservationTable } from "@/components/kits/reservations/reservation-table";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { formatDayRange } from "@/lib/dates/days";
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
import { listLoansAwaitingFeedback } from "@/lib/kits/usage/data";

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
  const [{ t }, own, all, awaitingFeedback] = await Promise.all([
    getI18n(),
    listOwnLibraryReservations(actor),
    manages ? listReservationsForCoordinators(actor) : Promise.resolve([]),
    listLoansAwaitingFeedback(actor),
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
        {can(actor, "export.read") ? (
          <>
            {" · "}
            <Link href="/pike-boksit/kaytto">{t("kitsUsage.link")}</Link>
          </>
        ) : null}
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
      {awaitingFeedback.length > 0 ? (
        <section aria-labelledby="palautetta-odottavat" className="mt-8">
          <h2 id="palautetta-odottavat" className={H2}>
            {t("kitsUsage.due.title")}
          </h2>
          <p className="mb-2">{t("kitsUsage.due.lead")}</p>
          <ul className="list-disc space-y-1 pl-6">
            {awaitingFeedback.map((loan) => (
              <li key={loan.id}>
                <Link href={`/pike-boksit/palaute/${loan.id}`}>
                  {t("kitsUsage.due.answer", { kit: loan.kit.name, period: formatDayRange(loan) })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
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
