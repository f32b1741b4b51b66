// The action items page's table: one row per item, across meetings.
import Link from "next/link";
import type { ActionItemRow } from "@/lib/action-items/data";
import { formatDate } from "@/lib/dates";
import type { Translate } from "@/lib/i18n/translate";
import { CloseActionItemForm } from "./close-form";
import { CloseWhenAllowed } from "./close-when-allowed";
import { DueDate, ownerText, StatusBadge } from "./facts";
import { ScrollRegion } from "@/components/ui/scroll-region";

export function ActionItemTable({
  items,
  caption,
  filters,
  ownersAsk,
  t,
}: {
  items: ActionItemRow[];
  caption: string;
  /** The page's query string, handed to the "done" forms. */
  filters: string;
  /**
   * On an audience's cached page (ADR 23), where canClose is the audience's:
   * the open items that only their owner may mark done ask the reader's
   * island. The column is there for everyone who might close something.
   */
  ownersAsk?: boolean;
  t: Translate;
}) {
  const anyClosable = ownersAsk || items.some((item) => item.canClose);
  return (
    <ScrollRegion label={caption}>
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-lg font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-2 pr-4">
              {t("actionItems.column.title")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("meetings.owner")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("meetings.dueDate")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("actionItems.originMeeting")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("meetings.status")}
            </th>
            {anyClosable ? (
              <th scope="col" className="py-2">
                <span className="sr-only">{t("actionItems.column.actions")}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-b border-gray-300 align-top">
              <th scope="row" className="max-w-md py-2 pr-4 font-normal break-words">
                <span className="font-semibold">{item.title}</span>
                {item.description ? <span className="mt-1 block text-gray-800">{item.description}</span> : null}
                {item.carriedOnIn.length > 0 ? (
                  <span className="mt-1 block text-sm text-gray-700">
                    {t("actionItems.carriedOnIn", { meetings: item.carriedOnIn.map((m) => m.title).join(", ") })}
                  </span>
                ) : null}
              </th>
              <td className="py-2 pr-4">{ownerText(item.owner, t)}</td>
              <td className="py-2 pr-4">
                <DueDate dueDate={item.dueDate} overdue={item.overdue} t={t} />
              </td>
              <td className="py-2 pr-4">
                <Link
                  href={`/kokoukset/${item.originMeeting.id}${item.agendaItemPosition ? `#kohta-${item.agendaItemPosition}` : ""}`}
                >
                  {item.originMeeting.title}
                </Link>
                <span className="block text-sm text-gray-700">{formatDate(item.originMeeting.startsAt)}</span>
              </td>
              <td className="py-2 pr-4">
                <StatusBadge status={item.status} t={t} />
                {item.closedInMeeting ? (
                  <span className="mt-1 block text-sm">
                    {t("actionItems.closedInMeeting")}{" "}
                    <Link href={`/kokoukset/${item.closedInMeeting.id}`}>{item.closedInMeeting.title}</Link>
                  </span>
                ) : item.status !== "OPEN" && item.closedAt ? (
                  <span className="mt-1 block text-sm">
                    {t("actionItems.closedOn", { date: formatDate(item.closedAt) })}
                  </span>
                ) : null}
              </td>
              {anyClosable ? (
                <td className="py-2">
                  {item.canClose ? (
                    <CloseActionItemForm actionItemId={item.id} title={item.title} filters={filters} />
                  ) : ownersAsk && item.status === "OPEN" ? (
                    <CloseWhenAllowed owner={{ ownerUserId: item.ownerUserId, ownerLibraryId: item.ownerLibraryId }}>
                      <CloseActionItemForm actionItemId={item.id} title={item.title} filters={filters} />
                    </CloseWhenAllowed>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
