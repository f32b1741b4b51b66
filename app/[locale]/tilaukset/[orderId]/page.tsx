import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { pickText } from "@/components/forms/pick-text";
import { placeChoices } from "@/components/trainings-admin/place-choices";
import { AcceptOrderForm, DeclineOrderForm, ScheduleOrderForm } from "@/components/workshop-orders/order-answer-forms";
import { OrderStatusBadge } from "@/components/workshop-orders/order-status-badge";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { formatDateTime, formatRange } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";
import { listPlaceOptions } from "@/lib/trainings/data";
import { displayName } from "@/lib/users/rules";
import { getWorkshopOrder } from "@/lib/workshop-orders/data";
import { canTransition } from "@/lib/workshop-orders/rules";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata({ params }: PageProps<"/[locale]/tilaukset/[orderId]">): Promise<Metadata> {
  const { orderId } = await params;
  const [{ t }, order] = await Promise.all([getI18n(), getWorkshopOrder(await getActor(), orderId)]);
  return { title: order ? t("orders.detailTitle", { offering: order.offering.title }) : t("notFound.title") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";
const H3 = "mb-2 text-xl font-bold text-brand-900";

export default async function OrderPage({ params, searchParams }: PageProps<"/[locale]/tilaukset/[orderId]">) {
  const { orderId } = await params;
  const query = await searchParams;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/tilaukset/${encodeURIComponent(orderId)}`);
  // Another library's order does not exist for a supervisor: 404.
  const order = await getWorkshopOrder(actor, orderId);
  if (!order) notFound();
  const { locale, t } = await getI18n();
  const manages = can(actor, "workshopOrder.manage") && can(actor, "session.manage");
  const rows: [string, ReactNode][] = [
    [t("orders.statusLabel"), <OrderStatusBadge key="status" status={order.status} t={t} />],
    [t("orders.library"), order.library.name],
    [t("orders.createdAt"), formatDateTime(order.createdAt, locale)],
  ];
  if (order.requestedBy) rows.push([t("orders.requestedBy"), displayName(order.requestedBy, t)]);
  if (order.preferredDates) rows.push([t("orders.preferredDates"), order.preferredDates]);
  if (order.expectedParticipants) rows.push([t("orders.expectedParticipants"), String(order.expectedParticipants)]);
  if (order.message) rows.push([t("orders.message"), order.message]);
  if (order.declineReason) rows.push([t("orders.declineReason"), order.declineReason]);
  if (order.session) {
    rows.push([
      t("orders.session"),
      <span key="session">
        {formatRange(order.session.startsAt, order.session.endsAt, locale)}
        <span className="block text-gray-800">
          {order.session.cancelled
            ? t("orders.sessionCancelled")
            : t(order.session.eligibility === "REGION" ? "orders.sessionOpenToRegion" : "orders.sessionLibraryOnly")}
        </span>
      </span>,
    ]);
  }
  const notice =
    query.uusi === "1"
      ? "orders.created"
      : query.aikataulutettu === "1" && order.status === "SCHEDULED"
        ? "orders.scheduled"
        : null;
  const open = canTransition(order.status, "SCHEDULED");
  const places = manages && open ? placeChoices(await listPlaceOptions()) : null;
  const ownPoint = places?.servicePoints.find((group) => group.label === order.library.name)?.options[0]?.value;
  return (
    <>
      <p className="mb-4">
        <Link href="/tilaukset">{t("orders.back")}</Link>
      </p>
      <PageHeader title={t("orders.detailTitle", { offering: order.offering.title })} />
      {notice ? (
        <div className="mb-6">
          <Alert tone="success">{t(notice)}</Alert>
        </div>
      ) : null}
      <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 break-words sm:grid-cols-[auto_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="mb-2 whitespace-pre-line sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`/koulutukset/${order.offering.slug}`}>{order.offering.title}</Link>
        {order.session && !order.session.cancelled ? (
          manages ? (
            <Link href={`/koulutukset/hallinta/tilaisuudet/${order.session.id}`}>{t("orders.manageSession")}</Link>
          ) : (
            <Link href={`/koulutukset/${order.offering.slug}`}>{t("orders.viewSession")}</Link>
          )
        ) : null}
      </p>
      {manages && open && places ? (
        <section aria-labelledby="kasittely" className="mt-8 space-y-8">
          <h2 id="kasittely" className={H2}>
            {t("orders.answer")}
          </h2>
          <section aria-labelledby="aikatauluta">
            <h3 id="aikatauluta" className={H3}>
              {t("orders.schedule")}
            </h3>
            <p className="mb-4 max-w-2xl">{t("orders.scheduleLead")}</p>
            <ScheduleOrderForm
              defaults={{
                orderId: order.id,
                servicePointId: ownPoint ?? "",
                capacity: order.expectedParticipants ? String(order.expectedParticipants) : "",
              }}
              places={places}
              libraryName={order.library.name}
              text={pickText(t, ["trainingsAdmin.", "orders."])}
            />
          </section>
          {canTransition(order.status, "ACCEPTED") ? (
            <section aria-labelledby="hyvaksy">
              <h3 id="hyvaksy" className={H3}>
                {t("orders.accept")}
              </h3>
              <AcceptOrderForm orderId={order.id} text={pickText(t, ["orders."])} />
            </section>
          ) : null}
          <section aria-labelledby="hylkaa">
            <h3 id="hylkaa" className={H3}>
              {t("orders.decline")}
            </h3>
            <DeclineOrderForm orderId={order.id} text={pickText(t, ["orders."])} />
          </section>
        </section>
      ) : null}
    </>
  );
}
