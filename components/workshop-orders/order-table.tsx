import Link from "next/link";
import { formatDate, formatRange, isoInstant } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { OrderRow } from "@/lib/workshop-orders/data";
import { OrderStatusBadge } from "./order-status-badge";
import { ScrollRegion } from "@/components/ui/scroll-region";

export function OrderTable({
  orders,
  showLibrary,
  t,
  locale,
}: {
  orders: OrderRow[];
  showLibrary: boolean;
  t: Translate;
  locale: Locale;
}) {
  return (
    <ScrollRegion label={t("orders.title")}>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-2 pr-4">
              {t("orders.col.offering")}
            </th>
            {showLibrary ? (
              <th scope="col" className="py-2 pr-4">
                {t("orders.col.library")}
              </th>
            ) : null}
            <th scope="col" className="py-2 pr-4">
              {t("orders.col.created")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("orders.col.status")}
            </th>
            <th scope="col" className="py-2">
              {t("orders.col.session")}
            </th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id} className="border-b border-gray-300">
              <th scope="row" className="py-2 pr-4 font-semibold">
                <Link href={`/tilaukset/${order.id}`}>{order.offering.title}</Link>
              </th>
              {showLibrary ? <td className="py-2 pr-4">{order.library.name}</td> : null}
              <td className="py-2 pr-4">
                <time dateTime={isoInstant(order.createdAt)}>{formatDate(order.createdAt)}</time>
              </td>
              <td className="py-2 pr-4">
                <OrderStatusBadge status={order.status} t={t} />
              </td>
              <td className="py-2">
                {order.session ? (
                  <time dateTime={isoInstant(order.session.startsAt)}>
                    {formatRange(order.session.startsAt, order.session.endsAt, locale)}
                  </time>
                ) : (
                  "–"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
