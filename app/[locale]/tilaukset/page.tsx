import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { InterestTable } from "@/components/interests/interest-table";
import { OrderTable } from "@/components/workshop-orders/order-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { pageNumber } from "@/lib/http/fields";
import { intlLocale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import { INTEREST_PAGE_SIZE, listInterestCounts } from "@/lib/interests/data";
import { listWorkshopOrders, ORDERS_PAGE_SIZE } from "@/lib/workshop-orders/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("orders.title") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

/** A page of either list, the other list's page kept; page 1 is left out of the address. */
function pageHref(pages: { sivu: number; kiinnostus: number }, anchor: string): string {
  const query = new URLSearchParams();
  for (const [name, n] of Object.entries(pages)) if (n > 1) query.set(name, String(n));
  const search = query.toString();
  return `/tilaukset${search ? `?${search}` : ""}#${anchor}`;
}

/** Supervisors: their library's orders and staff interest. Coordinators: every library's. */
export default async function OrdersPage({ searchParams }: PageProps<"/[locale]/tilaukset">) {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/tilaukset");
  const params = await searchParams;
  const page = pageNumber.parse(params.sivu);
  const interestPage = pageNumber.parse(params.kiinnostus);
  const [orders, interest] = await Promise.all([
    listWorkshopOrders(actor, page),
    listInterestCounts(actor, interestPage),
  ]);
  if (!orders) notFound();
  const { locale, t } = await getI18n();
  const everyLibrary = can(actor, "workshopOrder.manage");
  const mayOrder = can(actor, "workshop.order") && !!actor.libraryId;
  const count = new Intl.NumberFormat(intlLocale(locale));
  return (
    <>
      <PageHeader
        title={t("orders.title")}
        lead={t(everyLibrary ? "orders.lead.coordinator" : "orders.lead.supervisor")}
      />
      {mayOrder ? (
        <p className="mb-6">
          <Link
            href="/tilaukset/uusi"
            className="inline-flex min-h-11 items-center rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
          >
            {t("orders.new")}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="tilaukset" className="mb-8">
        <h2 id="tilaukset" className={H2}>
          {t(everyLibrary ? "orders.all" : "orders.mine")}
        </h2>
        {orders.total === 0 ? (
          <p>{t(everyLibrary ? "orders.empty" : "orders.emptySupervisor")}</p>
        ) : (
          <>
            {orders.total > ORDERS_PAGE_SIZE ? (
              <p className="mb-2">
                {t("orders.rows", {
                  first: count.format(orders.first),
                  last: count.format(orders.last),
                  total: count.format(orders.total),
                })}
              </p>
            ) : null}
            <OrderTable orders={orders.rows} showLibrary={everyLibrary} t={t} locale={locale} />
            <Pager
              page={orders.page}
              hasNext={orders.hasNext}
              hrefFor={(n) => pageHref({ sivu: n, kiinnostus: interest?.page ?? 1 }, "tilaukset")}
              label={t("orders.pager")}
              t={t}
            />
          </>
        )}
      </section>
      {interest ? (
        <section aria-labelledby="kiinnostus">
          <h2 id="kiinnostus" className={H2}>
            {t("interest.title")}
          </h2>
          <p className="mb-3 max-w-3xl text-gray-800">
            {t(everyLibrary ? "interest.lead.coordinator" : "interest.lead.supervisor")}
          </p>
          {interest.total === 0 ? (
            <p>{t("interest.empty")}</p>
          ) : (
            <>
              {interest.total > INTEREST_PAGE_SIZE ? (
                <p className="mb-2">
                  {t("interest.rows", {
                    first: count.format(interest.first),
                    last: count.format(interest.last),
                    total: count.format(interest.total),
                  })}
                </p>
              ) : null}
              <InterestTable
                rows={interest.rows}
                showLibrary={everyLibrary}
                canOrder={mayOrder && !everyLibrary}
                t={t}
              />
              <Pager
                page={interest.page}
                hasNext={interest.hasNext}
                hrefFor={(n) => pageHref({ sivu: orders.page, kiinnostus: n }, "kiinnostus")}
                label={t("interest.pager")}
                t={t}
              />
            </>
          )}
        </section>
      ) : null}
    </>
  );
}
