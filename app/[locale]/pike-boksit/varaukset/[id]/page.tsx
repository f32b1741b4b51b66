import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { MaintenanceForm, ReceiptForm, StepForm } from "@/components/kits/handovers/handover-forms";
import { LibraryContactCard } from "@/components/kits/handovers/library-contact";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { dayOf, formatDayFi, formatDayRange } from "@/lib/dates/days";
import {
  markKitSentAction,
  recordKitReceiptAction,
  returnKitHomeAction,
  setKitMaintenanceAction,
} from "@/lib/kits/handovers/actions";
import { getReservationDetail } from "@/lib/kits/handovers/data";
import { doneNotice } from "@/lib/kits/handovers/rules";

// Per request: reads the session (ADR 17); the data layer decides who may see it (others: 404).
export const instant = false;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/pike-boksit/varaukset/[id]">): Promise<Metadata> {
  const [{ t }, { id }, actor] = await Promise.all([getI18n(), params, getActor()]);
  const detail = await getReservationDetail(actor, id);
  return { title: detail ? t("kitHandovers.title", { kit: detail.kit.name }) : t("kitReservations.link.reservations") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

export default async function KitReservationDetailPage({
  params,
  searchParams,
}: PageProps<"/[locale]/pike-boksit/varaukset/[id]">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/pike-boksit/varaukset/${encodeURIComponent(id)}`);
  const [{ t }, detail] = await Promise.all([getI18n(), getReservationDetail(actor, id)]);
  if (!detail) notFound();
  const text = pickText(t, ["kitHandovers."]);
  const { from, next, latestReport: report } = detail;
  // Just did a step (the forms come back here with ?tehty=): say so.
  const done = doneNotice(query.tehty);
  return (
    <>
      <p className="mb-4">
        <Link href="/pike-boksit/varaukset">{t("kitHandovers.back")}</Link>
      </p>
      <PageHeader title={t("kitHandovers.title", { kit: detail.kit.name })} />
      {done ? <Alert tone="success">{t(done)}</Alert> : null}
      <section aria-labelledby="lainan-tiedot" className="mt-6">
        <h2 id="lainan-tiedot" className={H2}>
          {t("kitHandovers.details")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("kitHandovers.period")}</dt>
          <dd>{formatDayRange(detail)}</dd>
          <dt className="font-semibold">{t("kitHandovers.status")}</dt>
          <dd>{t(`kits.reservationStatus.${detail.status}`)}</dd>
          <dt className="font-semibold">{t("kitHandovers.library")}</dt>
          <dd>{detail.library.name}</dd>
          <dt className="font-semibold">{t("kitHandovers.shippingDays")}</dt>
          <dd>{t("kitHandovers.days", { count: detail.shippingDays })}</dd>
        </dl>
      </section>

      <section aria-labelledby="mista-tulee" className="mt-8">
        <h2 id="mista-tulee" className={H2}>
          {t("kitHandovers.from.title")}
        </h2>
        {from.kind === "library" ? (
          <>
            <p>{t("kitHandovers.from.library", { library: from.library.name })}</p>
            <LibraryContactCard library={from.library} t={t} />
          </>
        ) : from.library ? (
          <p>{t("kitHandovers.from.home", { library: from.library.name })}</p>
        ) : (
          <p>{t("kitHandovers.from.noHome")}</p>
        )}
        {detail.may.sendThis ? (
          <div className="mt-4">
            <p>{t("kitHandovers.send.lead")}</p>
            <StepForm
              action={markKitSentAction}
              reservationId={detail.id}
              label={t("kitHandovers.send.submit")}
              idPrefix="lahetys-"
              text={text}
            />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="luovutusraportti" className="mt-8">
        <h2 id="luovutusraportti" className={H2}>
          {t("kitHandovers.report.title")}
        </h2>
        {report ? (
          <>
            <p>
              {t("kitHandovers.report.meta", {
                from: report.from ?? "–",
                to: report.to ?? "–",
                date: formatDayFi(dayOf(report.handedOverAt)),
              })}
            </p>
            {report.problems.length === 0 ? (
              <p>{t("kitHandovers.report.ok")}</p>
            ) : (
              <>
                <h3 className="mt-3 font-bold">{t("kitHandovers.report.problems")}</h3>
                <ul className="list-disc pl-6">
                  {report.problems.map((row, i) => (
                    <li key={i}>
                      {row.item}
                      {row.count === undefined ? "" : ` (${row.count})`}: {t(`kitHandovers.state.${row.state}`)}
                      {row.note ? ` – ${row.note}` : ""}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {report.condition ? (
              <p className="mt-2">{t("kitHandovers.report.condition", { condition: report.condition })}</p>
            ) : null}
          </>
        ) : (
          <p>{t("kitHandovers.report.none")}</p>
        )}
      </section>

      {detail.may.manage ? (
        <section aria-labelledby="huolto" className="mt-8">
          <h2 id="huolto" className={H2}>
            {t("kitHandovers.maintenance.title")}
          </h2>
          {detail.kit.status === "AVAILABLE" ? (
            <>
              <p>{t("kitHandovers.maintenance.lead")}</p>
              <MaintenanceForm action={setKitMaintenanceAction} kitId={detail.kit.id} text={text} />
            </>
          ) : (
            <p>
              {t("kitHandovers.maintenance.status", { status: t(`kits.status.${detail.kit.status as "AVAILABLE"}`) })}
            </p>
          )}
          <p className="mt-3">
            <Link href={`/pike-boksit/${encodeURIComponent(detail.kit.slug)}/huolto`}>
              {t("kitHandovers.maintenance.link")}
            </Link>
          </p>
        </section>
      ) : null}

      {detail.may.receive ? (
        <section aria-labelledby="vastaanotto" className="mt-8">
          <h2 id="vastaanotto" className={H2}>
            {t("kitHandovers.receive.title")}
          </h2>
          <p>{t("kitHandovers.receive.lead")}</p>
          <ReceiptForm
            action={recordKitReceiptAction}
            reservationId={detail.id}
            contents={detail.kit.contents}
            text={text}
          />
        </section>
      ) : null}

      <section aria-labelledby="minne-seuraavaksi" className="mt-8">
        <h2 id="minne-seuraavaksi" className={H2}>
          {t("kitHandovers.next.title")}
        </h2>
        {next.kind === "library" ? (
          <>
            <p>{t("kitHandovers.next.library", { library: next.library.name, date: formatDayFi(next.startDate) })}</p>
            <LibraryContactCard library={next.library} t={t} />
            {detail.may.sendNext ? (
              <div className="mt-4">
                <p>{t("kitHandovers.send.nextLead", { library: next.library.name })}</p>
                <StepForm
                  action={markKitSentAction}
                  reservationId={next.reservationId}
                  pageId={detail.id}
                  label={t("kitHandovers.send.submit")}
                  idPrefix="lahetys-seuraavalle-"
                  text={text}
                />
              </div>
            ) : null}
          </>
        ) : next.library ? (
          <>
            <p>{t("kitHandovers.next.home", { library: next.library.name })}</p>
            <LibraryContactCard library={next.library} t={t} />
          </>
        ) : (
          <p>{t("kitHandovers.next.noHome")}</p>
        )}
        {detail.may.returnHome ? (
          <div className="mt-4">
            <h3 className="font-bold">{t("kitHandovers.return.title")}</h3>
            <p>{t("kitHandovers.return.lead")}</p>
            <StepForm
              action={returnKitHomeAction}
              reservationId={detail.id}
              label={t("kitHandovers.return.submit")}
              idPrefix="palautus-"
              text={text}
            />
          </div>
        ) : null}
      </section>
    </>
  );
}
