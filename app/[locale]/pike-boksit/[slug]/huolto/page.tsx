import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { ReservationTable } from "@/components/kits/reservations/reservation-table";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { MoveLoanForm } from "@/components/kits/handovers/handover-forms";
import { formatDayRange } from "@/lib/dates/days";
import { cancelForMaintenanceAction, moveForMaintenanceAction } from "@/lib/kits/handovers/actions";
import { getKitMaintenance } from "@/lib/kits/handovers/data";
import { doneNotice } from "@/lib/kits/handovers/rules";
import { decideKitReservationAction, shortenShippingDaysAction } from "@/lib/kits/reservations/actions";
import { canCancel } from "@/lib/kits/reservations/rules";

// Per request: reads the session (ADR 17); coordinators only (others: 404).
export const instant = false;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/pike-boksit/[slug]/huolto">): Promise<Metadata> {
  const [{ t }, { slug }] = await Promise.all([getI18n(), params]);
  return { title: t("kitHandovers.maintenance.pageTitle", { kit: decodeURIComponent(slug) }) };
}

export default async function KitMaintenancePage({
  params,
  searchParams,
}: PageProps<"/[locale]/pike-boksit/[slug]/huolto">) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/pike-boksit/${encodeURIComponent(slug)}/huolto`);
  const [{ t }, view] = await Promise.all([getI18n(), getKitMaintenance(actor, decodeURIComponent(slug))]);
  if (!view) notFound();
  const text = pickText(t, ["kitReservations.", "kits.reservationStatus."]);
  const moveText = pickText(t, ["kitHandovers.move.", "kitHandovers.validation.", "kitHandovers.error."]);
  // Just decided (moved to maintenance, cancelled a loan): say so.
  const done = doneNotice(query.tehty);
  return (
    <>
      <p className="mb-4">
        <Link href={`/pike-boksit/${encodeURIComponent(view.kit.slug)}`}>{view.kit.name}</Link>
      </p>
      <PageHeader title={t("kitHandovers.maintenance.pageTitle", { kit: view.kit.name })} />
      {done ? (
        <div className="mb-4">
          <Alert tone="success">{t(done)}</Alert>
        </div>
      ) : null}
      <p>{t("kitHandovers.maintenance.status", { status: t(`kits.status.${view.kit.status as "AVAILABLE"}`) })}</p>
      <section aria-labelledby="tulevat-lainat" className="mt-8">
        <h2 id="tulevat-lainat" className="mb-3 text-2xl font-bold text-brand-900">
          {t("kitHandovers.maintenance.rows")}
        </h2>
        {view.rows.length === 0 ? (
          <p>{t("kitHandovers.maintenance.empty")}</p>
        ) : (
          <>
            <p className="mb-3">{t("kitHandovers.maintenance.hint")}</p>
            <ReservationTable
              rows={view.rows}
              label={t("kitHandovers.maintenance.rows")}
              showLibrary
              may={(row) => ({
                cancel: canCancel(actor, { ...row, libraryId: row.library.id }),
                decide: false,
                shorten: false,
              })}
              actions={{
                cancel: cancelForMaintenanceAction.bind(null, view.kit.slug),
                decide: decideKitReservationAction,
                shorten: shortenShippingDaysAction,
              }}
              text={text}
              t={t}
            />
          </>
        )}
      </section>
      {view.movable.length > 0 ? (
        <section aria-labelledby="siirra-lainat" className="mt-8">
          <h2 id="siirra-lainat" className="mb-3 text-2xl font-bold text-brand-900">
            {t("kitHandovers.move.title")}
          </h2>
          <p className="mb-3">{t("kitHandovers.move.lead")}</p>
          <ul className="space-y-4">
            {view.movable.map(({ row, kits }) => {
              const loan = t("kitHandovers.move.loan", { library: row.library.name, period: formatDayRange(row) });
              return (
                <li key={row.id}>
                  {kits.length === 0 ? (
                    <p>
                      <span className="font-semibold">{loan}</span>: {t("kitHandovers.move.none")}
                    </p>
                  ) : (
                    <MoveLoanForm
                      action={moveForMaintenanceAction.bind(null, view.kit.slug)}
                      reservationId={row.id}
                      loan={loan}
                      kits={kits}
                      text={moveText}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </>
  );
}
