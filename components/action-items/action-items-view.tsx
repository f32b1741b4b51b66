// The action items page (/toimenpiteet), as the per-request page renders it
// for its reader and the audience page (ADR 23) for an audience's stand-in.
import Link from "next/link";
import { ActionItemTable } from "@/components/action-items/action-item-table";
import { ActionItemFiltersForm } from "@/components/action-items/filters-form";
import { FormTextProvider } from "@/components/action-items/text-context";
import { pickText } from "@/components/forms/pick-text";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import type { ActionItemPage } from "@/lib/action-items/data";
import { filtersQuery, type PageFilters } from "@/lib/action-items/schema";
import { can, type Actor } from "@/lib/auth/policy";
import type { Translate } from "@/lib/i18n/translate";

export function ActionItemsView({
  actor,
  filters,
  page: { items, nextCursor },
  markedDone = false,
  audience = false,
  t,
}: {
  actor: Actor;
  filters: PageFilters;
  /** The list's page for these filters (listActionItemsForPage). */
  page: ActionItemPage;
  /** Just marked one done (?tehty=1): say so. */
  markedDone?: boolean;
  /** Rendered for an audience (ADR 23): whose items are the reader's own is for the islands to say. */
  audience?: boolean;
  t: Translate;
}) {
  const query = new URLSearchParams(filtersQuery(filters)).toString();
  const hrefFor = (page: number) => {
    const params = new URLSearchParams(filtersQuery(filters));
    if (page > 1) params.set("sivu", String(page));
    const search = params.toString();
    return search ? `/toimenpiteet?${search}` : "/toimenpiteet";
  };
  const narrowed = filters.mine || filters.library || filters.overdue || filters.status === "tehdyt";
  return (
    <>
      <PageHeader title={t("actionItems.page.title")} lead={t("actionItems.page.lead")} />
      {markedDone ? (
        <div className="mb-6">
          <Alert tone="success">{t("actionItems.notice.markedDone")}</Alert>
        </div>
      ) : null}
      <ActionItemFiltersForm filters={filters} hasLibrary={actor.libraryId !== null} t={t} />
      {items.length === 0 ? (
        <div className="max-w-3xl space-y-2">
          <p className="font-semibold">{t(narrowed ? "actionItems.empty.filtered" : "actionItems.empty.none")}</p>
          <p>
            {narrowed ? (
              <Link href="/toimenpiteet?tila=kaikki">{t("actionItems.empty.showAll")}</Link>
            ) : (
              t(can(actor, "minutes.write") ? "actionItems.empty.howToAdd" : "actionItems.empty.whereFrom")
            )}
          </p>
        </div>
      ) : (
        <FormTextProvider text={pickText(t, ["actionItems.close", "actionItems.error.", "actionItems.notice."])}>
          <ActionItemTable
            items={items}
            caption={t("actionItems.table.caption", {
              status: t(`actionItems.filters.status.${filters.status}`),
              count: items.length,
            })}
            filters={query}
            ownersAsk={audience && can(actor, "actionItem.markDone") && !can(actor, "meeting.manage")}
            t={t}
          />
        </FormTextProvider>
      )}
      <Pager page={filters.page} hasNext={nextCursor !== null} hrefFor={hrefFor} t={t} />
    </>
  );
}
